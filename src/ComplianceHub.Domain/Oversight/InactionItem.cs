namespace ComplianceHub.Domain.Oversight;

/// <summary>
/// One problem the division's regulators could see, and what followed: a high-severity finding (from when the
/// enterprise's roll-up carried it) or an overdue order (from the day after its deadline). <see cref="FirstRead"/> is
/// the first recorded regulator read of the enterprise's evidence or reports after that; <see cref="Actions"/> the
/// inspection steps after it; <see cref="DaysWithoutAction"/> the gap to the first of them (or to now, while none).
/// </summary>
public sealed record InactionItem(
    string What,
    string Key,
    string Title,
    DateTimeOffset VisibleSince,
    DateTimeOffset? ClearedAt,
    OversightEvent? FirstRead,
    IReadOnlyList<OversightEvent> Actions,
    double DaysWithoutAction,
    bool StillWithoutAction);
