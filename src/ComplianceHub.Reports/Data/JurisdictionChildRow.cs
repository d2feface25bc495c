namespace ComplianceHub.Reports.Data;

/// <summary>One sub-division of a jurisdiction (a county of a city, a township of a county).</summary>
/// <param name="AverageVerifiedCoverage">Mean of the enterprises' sample-verified masked share, 0–1; null if none sampled.</param>
public sealed record JurisdictionChildRow(
    string Code,
    string Name,
    int Enterprises,
    int HighRisk,
    double AverageScore,
    double? AverageVerifiedCoverage);
