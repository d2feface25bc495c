using System.Text.Json;
using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Grains.Rollups;

/// <summary>How a summary is kept in a leaf's member row.</summary>
public static class RollupJson
{
    public static string Serialize(EnterpriseRollup rollup) => JsonSerializer.Serialize(rollup, JsonSerializerOptions.Web);

    public static EnterpriseRollup Parse(string json) =>
        JsonSerializer.Deserialize<EnterpriseRollup>(json, JsonSerializerOptions.Web) ?? throw new JsonException("empty roll-up row");
}
