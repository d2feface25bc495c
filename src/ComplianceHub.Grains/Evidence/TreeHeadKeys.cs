using System.Security.Cryptography;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Grains.Evidence.Signing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Grains.Evidence;

/// <summary>The key that signs tree heads now, and every key that ever did (published at an anonymous endpoint).</summary>
public sealed class TreeHeadKeys
{
    public TreeHeadKeys(IOptions<EvidenceOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var o = options.Value;
        byte[] key;
        if (string.IsNullOrWhiteSpace(o.SigningKey))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "生产环境必须配置 Evidence:SigningKey。Production requires Evidence:SigningKey (base64 of 32 bytes): tree heads signed by a key nobody kept prove nothing.");
            }

            key = RandomNumberGenerator.GetBytes(32);
        }
        else
        {
            key = Convert.FromBase64String(o.SigningKey);
            if (key.Length != 32) throw new InvalidOperationException("Evidence:SigningKey must be base64 of exactly 32 bytes.");
        }

        Signer = o.SigningAlgorithm switch
        {
            TreeHeadEncoding.Ed25519 => new Ed25519TreeHeadSigner(key),
            TreeHeadEncoding.Sm2Sm3 => new Sm2TreeHeadSigner(key),
            _ => throw new InvalidOperationException($"Evidence:SigningAlgorithm must be {TreeHeadEncoding.Ed25519} or {TreeHeadEncoding.Sm2Sm3}."),
        };
        KeyId = TreeHeadEncoding.KeyIdOf(Signer.PublicKey);
        var current = Publish(Signer.Algorithm, Signer.PublicKey, current: true);
        All = [current, .. o.RetiredKeys.Select(r => Publish(r.Algorithm, Convert.FromBase64String(r.PublicKey), current: false))];
    }

    public ITreeHeadSigner Signer { get; }

    public string KeyId { get; }

    public IReadOnlyList<PublishedKey> All { get; }

    /// <summary>Signs the head of a tree of <paramref name="size"/> leaves with root <paramref name="root"/>.</summary>
    public SignedTreeHead Sign(string enterpriseId, long size, byte[] root, DateTimeOffset now)
    {
        var head = new TreeHead(enterpriseId, size, Convert.ToHexStringLower(root), new DateTimeOffset(now.UtcTicks, TimeSpan.Zero), KeyId);
        return new SignedTreeHead(head, Signer.Algorithm, Convert.ToBase64String(Signer.Sign(TreeHeadEncoding.SignatureInput(head))));
    }

    public PublishedKey? Find(string keyId) => All.FirstOrDefault(k => k.KeyId == keyId);

    private static PublishedKey Publish(string algorithm, byte[] publicKey, bool current) =>
        new(TreeHeadEncoding.KeyIdOf(publicKey), algorithm, Convert.ToBase64String(publicKey), TreeHeadEncoding.Fingerprint(publicKey), current);
}
