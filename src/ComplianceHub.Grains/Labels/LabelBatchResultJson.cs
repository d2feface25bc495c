using System.Text.Json;
using ComplianceHub.Abstractions.Labels;

namespace ComplianceHub.Grains.Labels;

/// <summary>How a batch result is kept in the batch index (plain JSON: readable without Orleans).</summary>
public static class LabelBatchResultJson
{
    public static string Serialize(LabelBatchResult result) => JsonSerializer.Serialize(result, JsonSerializerOptions.Web);

    public static LabelBatchResult? Parse(string json) => JsonSerializer.Deserialize<LabelBatchResult>(json, JsonSerializerOptions.Web);
}
