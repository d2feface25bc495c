using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// Default batch ids derived from content, so importing the same file twice is the same batch and the hub
/// (idempotent by batchId) records it once.
/// </summary>
internal static class BatchIds
{
    /// <summary>
    /// <c>trn-</c> + 32 hex of SHA-256 over the session's day, hours (trailing zeros dropped), topic and
    /// attendees sorted: row order and spreadsheet formatting do not change the id, any content does.
    /// </summary>
    public static string ForTraining(DateOnly heldOn, decimal hours, string topic, IEnumerable<string> staffIds)
    {
        var text = new StringBuilder()
            .Append(heldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append(hours.ToString("G29", CultureInfo.InvariantCulture)).Append('\n')
            .Append(topic).Append('\n')
            .AppendJoin('\n', staffIds.Order(StringComparer.Ordinal))
            .ToString();
        return "trn-" + Hash(text);
    }

    /// <summary>
    /// <c>roster-</c> + 32 hex of SHA-256 over asOf and the rows. asOf is part of it on purpose: rosters replace
    /// each other, so a roster A sent again after B must be a new batch (A→B→A), not a replay of the first A.
    /// </summary>
    public static string ForRoster(DateTimeOffset asOf, IReadOnlyList<StaffMemberRequest> staff) =>
        "roster-" + Hash(asOf.ToString("O", CultureInfo.InvariantCulture) + "\n" + JsonSerializer.Serialize(staff, ImportJson.Wire));

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
