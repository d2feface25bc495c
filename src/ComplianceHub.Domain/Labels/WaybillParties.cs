namespace ComplianceHub.Domain.Labels;

/// <summary>Wire names of <see cref="WaybillParty"/>: <c>person</c>, <c>organization</c>.</summary>
public static class WaybillParties
{
    private static readonly WireNames<WaybillParty> Names = new(
        (WaybillParty.Person, "person", "个人"),
        (WaybillParty.Organization, "organization", "单位"));

    public static string ToWireName(WaybillParty party) => Names.ToWireName(party);

    /// <summary>Accepts a wire name in any letter case (person, organization).</summary>
    public static bool TryParse(string? s, out WaybillParty party) => Names.TryParseWireName(s, out party);

    /// <summary>The same, on a span (the CLI reads fields into a reused buffer and allocates nothing).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out WaybillParty party)
    {
        s = s.Trim();
        party = s.Equals("organization", StringComparison.OrdinalIgnoreCase) ? WaybillParty.Organization : WaybillParty.Person;
        return party == WaybillParty.Organization || s.Equals("person", StringComparison.OrdinalIgnoreCase);
    }
}
