using ComplianceHub.Grains.Evidence;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Documents;

namespace ComplianceHub.Server.Evidence;

/// <summary>Renders 证据清单.pdf from what a bundle gathered; the figures come from the bundle itself, nothing is recounted.</summary>
public sealed class EvidenceListRenderer
{
    public byte[] Render(EvidenceListing listing, IReadOnlyList<BundleFile> files, PublishedKey key, DateTimeOffset createdAt, string createdBy)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(key);
        var head = listing.Head.Head;
        var data = new EvidenceListData(
            listing.Plan.EnterpriseId, listing.Plan.From, listing.To, head.TreeSize, head.RootHash, head.Timestamp, key.KeyId, key.Algorithm,
            key.Fingerprint, listing.Plan.CaseNumber, listing.Plan.Reason, createdBy, createdAt,
            [.. files.Select(f => new EvidenceListFile(f.Path, f.Sha256, f.Bytes))], listing.Timeline, listing.Omitted);
        return EvidenceList.Render(data);
    }
}
