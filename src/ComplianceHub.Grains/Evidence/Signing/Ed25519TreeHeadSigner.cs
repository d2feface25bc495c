using ComplianceHub.Domain.Evidence.Merkle;
using NSec.Cryptography;

namespace ComplianceHub.Grains.Evidence.Signing;

/// <summary>Ed25519 (RFC 8032) through libsodium; the key is its 32-byte seed.</summary>
public sealed class Ed25519TreeHeadSigner : ITreeHeadSigner, IDisposable
{
    private readonly Key _key;

    public Ed25519TreeHeadSigner(byte[] seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        _key = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey);
        PublicKey = _key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    public string Algorithm => TreeHeadEncoding.Ed25519;

    public byte[] PublicKey { get; }

    public byte[] Sign(byte[] message) => SignatureAlgorithm.Ed25519.Sign(_key, message);

    public void Dispose() => _key.Dispose();
}
