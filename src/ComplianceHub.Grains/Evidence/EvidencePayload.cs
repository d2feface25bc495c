using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplianceHub.Grains.Evidence;

/// <summary>
/// Evidence payloads are compact JSON written once and hashed as written: the stored string is the
/// canonical form. CJK stays readable (relaxed escaping) because prosecutors read these entries.
/// Payloads never carry personal fields; see DOMAIN.md.
/// </summary>
public static class EvidencePayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload, Options);
}
