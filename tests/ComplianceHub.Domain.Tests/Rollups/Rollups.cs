using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Domain.Tests.Rollups;

/// <summary>Builders of enterprise summaries for the roll-up tests.</summary>
internal static class Rollups
{
    public static EnterpriseRollup Of(
        string id, int score = 100, RiskLevel risk = RiskLevel.Low, long version = 1, string division = "330782",
        string[]? rules = null, DateOnly[]? deadlines = null, long printed = 0, long verified = 0,
        DateOnly? lastInspectedOn = null, DateTimeOffset? lastIncidentAt = null, EnterpriseKind kind = EnterpriseKind.CourierOutlet,
        int staff = 0, int nda = 0, int trained = 0, string? brand = "zto") =>
        new(id, "网点" + id, kind, division, brand, version, score, risk, printed, verified, staff, nda, trained,
            rules ?? [], deadlines?.Length ?? 0, deadlines ?? [], lastInspectedOn, lastIncidentAt);

    /// <summary>A random but valid summary; the same seed gives the same summary.</summary>
    public static EnterpriseRollup Random(Random random, string id, long version = 1)
    {
        string[] allRules = ["STAFF-NDA", "STAFF-TRAINING-12M", "WAYBILL-MASK-COVERAGE", "ACCESS-NIGHT-QUERY"];
        var staff = random.Next(0, 50);
        var printed = random.Next(0, 100_000);
        var deadlines = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new DateOnly(2026, 1, 1).AddDays(random.Next(0, 60))).ToArray();
        return Of(
            id, random.Next(0, 101), (RiskLevel)random.Next(0, 3), version, division: "3307" + random.Next(80, 83).ToString(System.Globalization.CultureInfo.InvariantCulture),
            rules: allRules.Where(_ => random.Next(2) == 0).ToArray(), deadlines: deadlines, printed: printed,
            verified: random.Next(0, printed + 1), kind: (EnterpriseKind)random.Next(0, 4), staff: staff, nda: random.Next(0, staff + 1),
            trained: random.Next(0, staff + 1));
    }
}
