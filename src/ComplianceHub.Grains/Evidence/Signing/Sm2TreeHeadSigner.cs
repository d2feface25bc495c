using ComplianceHub.Domain.Evidence.Merkle;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace ComplianceHub.Grains.Evidence.Signing;

/// <summary>
/// SM2 over the curve sm2p256v1 with SM3 (GM/T 0003-2012, GM/T 0004-2012) through BouncyCastle, with the default
/// signer id <c>1234567812345678</c> of GM/T 0009; the signature is DER <c>SEQUENCE { r, s }</c>. The key is the
/// 32-byte private scalar.
/// </summary>
public sealed class Sm2TreeHeadSigner : ITreeHeadSigner
{
    private static readonly ECDomainParameters Curve = new(GMNamedCurves.GetByName("sm2p256v1"));

    private readonly ECPrivateKeyParameters _key;

    public Sm2TreeHeadSigner(byte[] privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        var d = new BigInteger(1, privateKey);
        if (d.SignValue <= 0 || d.CompareTo(Curve.N.Subtract(BigInteger.One)) >= 0)
        {
            throw new ArgumentException("SM2 私钥超出范围 (the SM2 private key is out of range)", nameof(privateKey));
        }

        _key = new ECPrivateKeyParameters(d, Curve);
        PublicKey = Curve.G.Multiply(d).Normalize().GetEncoded(compressed: false);
    }

    public string Algorithm => TreeHeadEncoding.Sm2Sm3;

    public byte[] PublicKey { get; }

    public byte[] Sign(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithRandom(_key, new SecureRandom()));
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }
}
