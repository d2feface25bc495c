namespace ComplianceHub.Grains.Evidence.Signing;

/// <summary>The hub's signing key for tree heads.</summary>
public interface ITreeHeadSigner
{
    /// <summary><c>ed25519</c> or <c>sm2-sm3</c>.</summary>
    string Algorithm { get; }

    /// <summary>Raw public key: 32 bytes (Ed25519) or the 65-byte uncompressed SM2 point <c>04 ‖ x ‖ y</c>.</summary>
    byte[] PublicKey { get; }

    byte[] Sign(byte[] message);
}
