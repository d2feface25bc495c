using System.Globalization;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Evidence.Merkle;

namespace ComplianceHub.Server.Evidence;

/// <summary>
/// A signed tree head on the wire and in bundles (<c>tree-head.json</c>); <see cref="Timestamp"/> is the exact text
/// that was signed (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>), so a verifier needs no date parsing.
/// </summary>
public sealed record TreeHeadJson(
    string EnterpriseId, long TreeSize, string RootHash, string Timestamp, string KeyId, string Algorithm, string Signature, string? TimestampToken)
{
    public static TreeHeadJson Of(SignedTreeHead sth)
    {
        ArgumentNullException.ThrowIfNull(sth);
        var h = sth.Head;
        return new(h.EnterpriseId, h.TreeSize, h.RootHash, EvidenceHasher.FormatTime(h.Timestamp), h.KeyId, sth.Algorithm, sth.Signature, sth.TimestampToken);
    }

    /// <summary>The domain head, or null when a field is malformed (the caller names the field).</summary>
    public SignedTreeHead? ToSigned()
    {
        if (!DateTimeOffset.TryParseExact(Timestamp, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return null;
        }

        return new SignedTreeHead(new TreeHead(EnterpriseId, TreeSize, RootHash, time, KeyId), Algorithm, Signature, TimestampToken);
    }
}
