using ComplianceHub.Domain.People;

namespace ComplianceHub.Cli.Import;

/// <summary>A roster file read row by row: one staff member per data row, and every problem found.</summary>
/// <param name="Headers">Null when the header row itself is unusable (then there are no members).</param>
/// <param name="Staff">One member per non-blank data row, in file order; rows with errors hold neutral stand-ins
/// for their bad cells so the roster rules still see every staffId (duplicates), but they are never sent.</param>
/// <param name="RowNumbers">The sheet row of each member: <c>staff[i]</c> is row <c>RowNumbers[i]</c>.</param>
internal sealed record StaffSheet(
    HeaderMap? Headers,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<int> RowNumbers,
    IReadOnlyList<RowError> Errors);
