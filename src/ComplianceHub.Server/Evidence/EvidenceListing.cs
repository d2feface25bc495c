using System.Text.Json;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Reports.Data;

namespace ComplianceHub.Server.Evidence;

/// <summary>
/// What a bundle gathers while its entries stream past: the reports they issued (to include the PDFs) and the
/// timeline rows of the evidence list, both bounded so memory stays flat however many entries there are.
/// </summary>
public sealed class EvidenceListing(BundlePlan plan, SignedTreeHead head, long to)
{
    public const string FileName = "证据清单.pdf";

    public const int MaxTimelineRows = 2_000;

    public const int MaxReports = 500;

    private readonly List<EvidenceListItem> _timeline = [];

    private readonly List<(string ReportId, string Sha256)> _reports = [];

    public BundlePlan Plan => plan;

    public SignedTreeHead Head => head;

    public long To => to;

    public long Omitted { get; private set; }

    public IReadOnlyList<EvidenceListItem> Timeline => _timeline;

    public IEnumerable<(string ReportId, string Sha256)> Reports => _reports;

    public void Add(EvidenceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind == EvidenceKinds.ReportIssued && _reports.Count < MaxReports && ReportOf(entry.Payload) is { } report)
        {
            _reports.Add(report);
        }

        if (EvidenceKindNames.IsRoutine(entry.Kind)) return;
        if (_timeline.Count >= MaxTimelineRows)
        {
            Omitted++;
            return;
        }

        _timeline.Add(new EvidenceListItem(entry.Seq, entry.Time, entry.Actor, EvidenceKindNames.Of(entry.Kind), entry.Hash));
    }

    private static (string, string)? ReportOf(string payload)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload);
            return doc.RootElement.TryGetProperty("reportId", out var id) && doc.RootElement.TryGetProperty("sha256", out var sha)
                && id.GetString() is { } reportId && sha.GetString() is { } hash && IsSafeName(reportId)
                ? (reportId, hash)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Report ids become file names inside the zip: letters, digits and dashes only.
    private static bool IsSafeName(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
