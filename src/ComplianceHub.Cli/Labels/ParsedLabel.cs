using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Cli.Labels;

/// <summary>One label line's fields, as spans over the parser's buffer: valid until the next line is parsed.</summary>
internal readonly ref struct ParsedLabel(
    ReadOnlySpan<char> id, ReadOnlySpan<char> name, ReadOnlySpan<char> phone, ReadOnlySpan<char> address, WaybillParty party = WaybillParty.Person)
{
    public ReadOnlySpan<char> Id { get; } = id;

    public ReadOnlySpan<char> Name { get; } = name;

    public ReadOnlySpan<char> Phone { get; } = phone;

    public ReadOnlySpan<char> Address { get; } = address;

    public WaybillParty Party { get; } = party;
}
