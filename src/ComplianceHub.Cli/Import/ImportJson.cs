using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplianceHub.Cli.Import;

/// <summary>How import requests are written: the web defaults (camelCase) the hub reads, Chinese left readable.</summary>
internal static class ImportJson
{
    public static JsonSerializerOptions Wire { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>For <c>--dry-run</c>: the same JSON, indented for a person to read.</summary>
    public static JsonSerializerOptions Indented { get; } = new(Wire) { WriteIndented = true };
}
