using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Reports;
using ComplianceHub.Reports.Verification;
using ComplianceHub.Storage.Reports;

namespace ComplianceHub.Server.Reports;

/// <summary>
/// Issues a rendered report: archives the exact bytes, records their SHA-256 in the enterprise's evidence
/// log, then registers the report for its verification URL. Only a registered report verifies, and only
/// after its hash is in the log, so what the URL confirms is always backed by the evidence chain.
/// </summary>
public sealed class ReportIssuer(ReportArchive archive, IGrainFactory grains, TimeProvider clock)
{
    public async Task<IssuedReport> IssueAsync(
        string reportId, string kind, string enterpriseId, long snapshotSeq, byte[] pdf, string actor, CancellationToken cancellationToken)
    {
        var sha256 = ReportHash.Sha256(pdf);
        await archive.StorePdfAsync(reportId, pdf, cancellationToken);
        var seq = await grains.GetGrain<IEnterpriseGrain>(enterpriseId)
            .RecordReportIssued(new RecordReportIssued(reportId, kind, sha256, pdf.LongLength, snapshotSeq, actor));
        var issued = new IssuedReport(reportId, kind, enterpriseId, sha256, pdf.LongLength, clock.GetUtcNow(), seq);
        await archive.RegisterAsync(issued, cancellationToken);
        return issued;
    }

    /// <summary>
    /// Issues a jurisdiction report. A division keeps no evidence log of its own (its figures are sums of the
    /// enterprises' logged facts), so the exact bytes are archived and registered for the verification URL
    /// with no evidence entry; the registry row is what the QR code's URL checks against.
    /// </summary>
    public async Task<IssuedReport> IssueForDivisionAsync(
        string reportId, string kind, string divisionCode, byte[] pdf, CancellationToken cancellationToken)
    {
        var issued = new IssuedReport(reportId, kind, divisionCode, ReportHash.Sha256(pdf), pdf.LongLength, clock.GetUtcNow(), EvidenceSeq: null);
        await archive.StorePdfAsync(reportId, pdf, cancellationToken);
        await archive.RegisterAsync(issued, cancellationToken);
        return issued;
    }
}
