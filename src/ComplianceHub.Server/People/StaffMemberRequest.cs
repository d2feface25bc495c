namespace ComplianceHub.Server.People;

/// <summary>One roster row. <c>account</c> is a system account id, never a phone number.</summary>
public sealed record StaffMemberRequest(
    string? StaffId,
    string? Role,
    string? Account,
    DateOnly? JoinedOn,
    DateOnly? LeftOn,
    DateTimeOffset? AccountClosedAt,
    NdaRequest? Nda,
    bool? HandlesPersonalInfo,
    bool? Crowdsourced);
