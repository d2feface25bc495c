using System.Security.Claims;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Server.Auth;

/// <summary>
/// Who is calling and what they may see: a regulator or prosecutor the divisions under its prefix,
/// an enterprise itself (a bare credit code also its outlets), an admin everything. Every endpoint
/// checks role and scope through this one type so the rule has one place to read.
/// </summary>
public sealed class CallerScope
{
    private CallerScope(IReadOnlySet<string> roles, DivisionPrefix? division, EnterpriseId? enterprise, string actor)
    {
        Roles = roles;
        Division = division;
        Enterprise = enterprise;
        Actor = actor;
    }

    public IReadOnlySet<string> Roles { get; }

    /// <summary>The governed prefix for regulators and prosecutors; null when the token names none (or a bad one).</summary>
    public DivisionPrefix? Division { get; }

    public EnterpriseId? Enterprise { get; }

    /// <summary>How the caller is written into evidence entries: <c>role:subject</c>.</summary>
    public string Actor { get; }

    public bool IsAdmin => Roles.Contains(Auth.Roles.Admin);

    public bool IsRegulator => Roles.Contains(Auth.Roles.PostalRegulator) || Roles.Contains(Auth.Roles.CyberspaceRegulator);

    public bool IsProsecutor => Roles.Contains(Auth.Roles.Prosecutor);

    public static CallerScope From(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimNames.Roles).Select(c => c.Value).Where(Auth.Roles.All.Contains).ToHashSet(StringComparer.Ordinal);
        DivisionPrefix? division = DivisionPrefix.TryParse(user.FindFirstValue(ClaimNames.Division), out var prefix, out _) ? prefix : null;
        EnterpriseId? enterprise = EnterpriseId.TryParse(user.FindFirstValue(ClaimNames.Enterprise), out var id, out _) ? id : null;
        var subject = user.FindFirstValue(ClaimNames.Subject) ?? user.FindFirstValue("oid") ?? "unknown";
        var role = roles.Count == 0 ? "none" : string.Join('+', roles.Order(StringComparer.Ordinal));
        return new CallerScope(roles, division, enterprise, $"{role}:{subject}");
    }

    /// <summary>Regulators and prosecutors read what lies in their division; enterprises read themselves.</summary>
    public bool CanRead(EnterpriseId id, DivisionCode division) =>
        IsAdmin
        || ((IsRegulator || IsProsecutor) && Governs(division))
        || (Roles.Contains(Auth.Roles.Enterprise) && Speaks(id));

    /// <summary>
    /// Admins register anywhere; a regulator within its division (both the old and the new one when an
    /// enterprise moves); an enterprise registers itself and keeps its own profile, but never moves itself to
    /// another division: that would take it out of its regulator's reach. Prosecutors never write.
    /// </summary>
    public bool CanRegister(EnterpriseId id, DivisionCode division, DivisionCode? previousDivision) =>
        IsAdmin
        || (IsRegulator && Governs(division) && (previousDivision is not { } before || Governs(before)))
        || (Roles.Contains(Auth.Roles.Enterprise) && Speaks(id) && (previousDivision is not { } was || was == division));

    /// <summary>
    /// An inspection is read by whoever may read its enterprise now, and stays readable by the regulators and
    /// prosecutors of the division it was opened in, even after the enterprise moved.
    /// </summary>
    public bool CanReadInspection(EnterpriseId id, DivisionCode currentDivision, DivisionCode openedIn) =>
        CanRead(id, currentDivision) || CanRead(id, openedIn);

    /// <summary>An enterprise pushes its own data (batches, rosters, logs); admins may act for it. Regulators read, not write.</summary>
    public bool CanSubmitData(EnterpriseId id) =>
        IsAdmin || (Roles.Contains(Auth.Roles.Enterprise) && Speaks(id));

    /// <summary>True when no enterprise's division could make it readable: an enterprise asking for another.</summary>
    public bool CannotRead(EnterpriseId id) =>
        !IsAdmin && !IsRegulator && !IsProsecutor && !(Roles.Contains(Auth.Roles.Enterprise) && Speaks(id));

    /// <summary>
    /// The widest area the caller may see whole (roll-ups, brands, lists): the nation for an admin, the
    /// governed division for a regulator or prosecutor; null for everyone else (enterprises, a token without a division).
    /// </summary>
    public DivisionPrefix? Listable => IsAdmin ? DivisionPrefix.Nation : IsRegulator || IsProsecutor ? Division : null;

    /// <summary>
    /// Listing a division is for those who govern all of it. An admin is answered before the prefix is
    /// looked at: an admin listing without a division passes the unset prefix, which has no code.
    /// </summary>
    public bool CanList(DivisionPrefix prefix) =>
        IsAdmin || (Listable is { } listable && listable.Covers(prefix.Code));

    /// <summary>
    /// Inspecting (opening, answering, finding, ordering, verifying, closing) is for the authority's own
    /// regulators within their division: a postal regulator never acts in a cyberspace inspection.
    /// </summary>
    public bool CanInspect(InspectionAuthority authority, DivisionCode division) =>
        IsAdmin
        || (Roles.Contains(authority == InspectionAuthority.Postal ? Auth.Roles.PostalRegulator : Auth.Roles.CyberspaceRegulator) && Governs(division));

    private bool Governs(DivisionCode division) => Division is { } governed && governed.Covers(division);

    private bool Speaks(EnterpriseId id) =>
        Enterprise is { } own && (own == id || (own.Outlet is null && own.Code == id.Code));
}
