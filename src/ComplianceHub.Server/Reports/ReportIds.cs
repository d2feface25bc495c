using System.Security.Cryptography;

namespace ComplianceHub.Server.Reports;

/// <summary>Report ids: 32 lowercase hex characters, random, so a verification URL cannot be guessed.</summary>
public static class ReportIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsValid(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
