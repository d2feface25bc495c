namespace ComplianceHub.Cli.Reports;

/// <summary>A report PDF as the hub issued it: the bytes and what the hub recorded about them.</summary>
/// <param name="ReportId">X-Report-Id: the id the verification URL is keyed on.</param>
/// <param name="Sha256">X-Report-Sha256: the hash recorded in the evidence log at issue.</param>
/// <param name="SuggestedFileName">The hub's Content-Disposition file name, when it sent one.</param>
internal sealed record IssuedPdf(byte[] Bytes, string ReportId, string Sha256, string? SuggestedFileName);
