using ComplianceHub.Domain.Divisions;

namespace ComplianceHub.Server.Jurisdictions;

/// <summary>Chinese names of division codes, from the catalogue.</summary>
public static class DivisionNames
{
    /// <summary>"浙江省 金华市 义乌市"; the digits when the code is not in the catalogue.</summary>
    public static string Full(string code) =>
        DivisionCode.TryParse(code, out var parsed, out _) ? DivisionCatalog.Default.FullName(parsed) : code;

    /// <summary>The division's own name ("义乌市").</summary>
    public static string Own(DivisionCode code) =>
        DivisionCatalog.Default.TryGetName(code, out var name) ? name : code.Value;
}
