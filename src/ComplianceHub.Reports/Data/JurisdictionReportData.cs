namespace ComplianceHub.Reports.Data;

/// <summary>
/// A jurisdiction's report snapshot. The long lists (<see cref="Children"/>, <see cref="Enterprises"/>,
/// <see cref="OverdueOrders"/>) are streamed: a county of 10,000 enterprises renders without holding its
/// rows or pages in memory. They are enumerated twice (once to count pages, once to draw), so each must
/// yield the same rows every time it is enumerated (a query run again, a file read again), not a one-shot reader.
/// </summary>
/// <param name="DivisionCode">GB/T 2260 code; 000000 is the nation.</param>
/// <param name="WorstEnterprises">The lowest scores, worst first (a short list, e.g. 20).</param>
/// <param name="Enterprises">Every enterprise in the jurisdiction, in the order to print (e.g. by risk, then score).</param>
/// <param name="CoverageTrend">Daily, oldest first (typically 90 days).</param>
/// <param name="Evidence">
/// A division keeps no evidence log: <c>HeadSeq</c> is the number of enterprises summed and <c>HeadHash</c> the
/// SHA-256 of the roll-up the figures were read from.
/// </param>
public sealed record JurisdictionReportData(
    string DivisionCode,
    string DivisionName,
    string Office,
    JurisdictionTotals Totals,
    IEnumerable<JurisdictionChildRow> Children,
    IReadOnlyList<JurisdictionEnterpriseRow> WorstEnterprises,
    IEnumerable<JurisdictionEnterpriseRow> Enterprises,
    IEnumerable<OverdueOrderRow> OverdueOrders,
    IReadOnlyList<CoveragePoint> CoverageTrend,
    EvidenceSnapshot Evidence,
    DateTimeOffset GeneratedAt);
