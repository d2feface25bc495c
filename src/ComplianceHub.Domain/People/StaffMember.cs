using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.People;

/// <summary>
/// One person on an enterprise's roster, by the enterprise's own pseudonymous id: no name, no phone (DOMAIN.md,
/// "the product must not become the leak").
/// </summary>
/// <param name="StaffId">The enterprise's pseudonymous staff id.</param>
/// <param name="Role">Free text in the enterprise's words (快递员, 分拣员, 客服…); kept for reports, not judged.</param>
/// <param name="Account">System account the person uses, if any; accounts are what access logs name.</param>
/// <param name="JoinedOn">First working day, China calendar.</param>
/// <param name="LeftOn">Last working day, China calendar; the departure takes effect at the end of that day.</param>
/// <param name="AccountClosedAt">When the account was closed (离职审计, L4).</param>
/// <param name="Nda">The confidentiality agreement, if one was signed (L3).</param>
/// <param name="HandlesPersonalInfo">Sees recipients' personal information in the course of work: L3 applies.</param>
/// <param name="Crowdsourced">Crowdsourced (众包) rather than employed; L3 still applies, and they are the usual gap.</param>
public sealed record StaffMember(
    string StaffId,
    string Role,
    string? Account,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    DateTimeOffset? AccountClosedAt,
    Nda? Nda,
    bool HandlesPersonalInfo,
    bool Crowdsourced)
{
    /// <summary>
    /// The instant the person stopped being staff: the end of <see cref="LeftOn"/> in China time, so using an
    /// account on one's last day is not "use after departure".
    /// </summary>
    public DateTimeOffset? DepartedAt => LeftOn is { } left ? ChinaTime.EndOf(left) : null;

    /// <summary>On the roster at <paramref name="instant"/>: joined by then and not yet departed.</summary>
    public bool IsActiveAt(DateTimeOffset instant) =>
        ChinaTime.StartOf(JoinedOn) <= instant && (DepartedAt is not { } departed || instant < departed);

    public bool HasOpenAccountAt(DateTimeOffset instant) =>
        Account is not null && (AccountClosedAt is not { } closed || instant < closed);
}
