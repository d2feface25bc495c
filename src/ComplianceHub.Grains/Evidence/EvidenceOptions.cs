using ComplianceHub.Domain.Evidence.Merkle;

namespace ComplianceHub.Grains.Evidence;

/// <summary>Configuration section <c>Evidence</c>: the tree head signing key, its algorithm, coalescing and trusted time.</summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Evidence";

    /// <summary>
    /// Base64 of the 32-byte signing key (an Ed25519 seed, or the SM2 private scalar). Random per run when empty,
    /// which Production refuses: heads signed by a key nobody kept prove nothing.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary><c>ed25519</c> (default) or <c>sm2-sm3</c> (国密).</summary>
    public string SigningAlgorithm { get; set; } = TreeHeadEncoding.Ed25519;

    /// <summary>Public keys of earlier signing keys, so heads they signed still verify after a rotation.</summary>
    public List<RetiredKey> RetiredKeys { get; set; } = [];

    /// <summary>
    /// Zero: a head is signed with every accepted change. Above zero: at most one head per interval per enterprise;
    /// changes in between are covered by the head a timer signs when the interval ends.
    /// </summary>
    public TimeSpan TreeHeadInterval { get; set; } = TimeSpan.Zero;

    /// <summary>An RFC 3161 timestamp authority's URL; when set, every head also carries its token.</summary>
    public string? TimestampAuthority { get; set; }

    /// <summary>The most entries one bundle may hold.</summary>
    public int MaxBundleEntries { get; set; } = 1_000_000;

    /// <summary>A retired key: algorithm and base64 raw public key.</summary>
    public sealed class RetiredKey
    {
        public string Algorithm { get; set; } = TreeHeadEncoding.Ed25519;

        public string PublicKey { get; set; } = "";
    }
}
