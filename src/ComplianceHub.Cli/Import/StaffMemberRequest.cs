using ComplianceHub.Domain.People;

namespace ComplianceHub.Cli.Import;

/// <summary>One roster row on the wire (<c>PUT …/staff</c>): exactly the fields the hub takes, nothing computed.</summary>
internal sealed record StaffMemberRequest(
    string StaffId,
    string Role,
    string? Account,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    DateTimeOffset? AccountClosedAt,
    NdaRequest? Nda,
    bool HandlesPersonalInfo,
    bool Crowdsourced)
{
    public static StaffMemberRequest From(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(
            member.StaffId,
            member.Role,
            member.Account,
            member.JoinedOn,
            member.LeftOn,
            member.AccountClosedAt,
            member.Nda is { } nda ? new NdaRequest(nda.SignedOn, nda.ExpiresOn) : null,
            member.HandlesPersonalInfo,
            member.Crowdsourced);
    }
}
