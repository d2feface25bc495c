using ComplianceHub.Domain.Evidence.Merkle;
using NSec.Cryptography;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace ComplianceHub.Grains.Evidence.Signing;

/// <summary>Checks a tree head signature with a public key (the hub's own check; `chub evidence verify` has its own).</summary>
public static class TreeHeadSignatures
{
    public static bool Verify(string algorithm, byte[] publicKey, byte[] message, byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(signature);
        try
        {
            switch (algorithm)
            {
                case TreeHeadEncoding.Ed25519:
                    return PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key)
                        && SignatureAlgorithm.Ed25519.Verify(key!, message, signature);
                case TreeHeadEncoding.Sm2Sm3:
                    var curve = new ECDomainParameters(GMNamedCurves.GetByName("sm2p256v1"));
                    var verifier = new SM2Signer();
                    verifier.Init(false, new ECPublicKeyParameters(curve.Curve.DecodePoint(publicKey), curve));
                    verifier.BlockUpdate(message, 0, message.Length);
                    return verifier.VerifySignature(signature);
                default:
                    return false;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }
}
