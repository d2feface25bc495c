namespace ComplianceHub.Domain.People;

/// <summary>
/// An enterprise's full staff roster as of one upload. Rosters are replaced whole, never patched, so a
/// departure cannot be hidden by simply not sending the row: <see cref="RosterDiff"/> reports removals.
/// </summary>
public sealed record StaffRoster(DateTimeOffset AsOf, IReadOnlyList<StaffMember> Staff)
{
    public static StaffRoster Empty { get; } = new(DateTimeOffset.MinValue, []);

    public StaffMember? Find(string staffId) => Staff.FirstOrDefault(s => string.Equals(s.StaffId, staffId, StringComparison.Ordinal));

    /// <summary>Everyone who has held <paramref name="account"/>; accounts are reassigned when people leave.</summary>
    public IEnumerable<StaffMember> HoldersOf(string account) =>
        Staff.Where(s => string.Equals(s.Account, account, StringComparison.Ordinal));

    /// <summary>Staff on the roster at <paramref name="instant"/>.</summary>
    public IEnumerable<StaffMember> ActiveAt(DateTimeOffset instant) => Staff.Where(s => s.IsActiveAt(instant));

    /// <summary>
    /// The holder who had departed when <paramref name="account"/> was used at <paramref name="instant"/>, if the
    /// use was by nobody entitled: some holder had left by then and no holder was active. A reassigned account
    /// used by its new, active holder is legitimate.
    /// </summary>
    public StaffMember? DepartedHolderAt(string account, DateTimeOffset instant)
    {
        StaffMember? departed = null;
        foreach (var holder in HoldersOf(account))
        {
            if (holder.IsActiveAt(instant))
            {
                return null;
            }

            if (holder.DepartedAt is { } at && at <= instant && (departed?.DepartedAt is not { } latest || at > latest))
            {
                departed = holder;
            }
        }

        return departed;
    }
}
