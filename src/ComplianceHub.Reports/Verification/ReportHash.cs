using System.Security.Cryptography;

namespace ComplianceHub.Reports.Verification;

/// <summary>
/// The fingerprint recorded in the evidence log when a report is issued; the verify endpoint answers
/// whether a PDF someone holds has the same one (one altered byte gives a different hash).
/// </summary>
public static class ReportHash
{
    /// <summary>SHA-256 of the PDF's bytes as 64 lowercase hex digits.</summary>
    public static string Sha256(ReadOnlySpan<byte> pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));
}
