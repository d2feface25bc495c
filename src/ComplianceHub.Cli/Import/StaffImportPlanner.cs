using ComplianceHub.Domain.People;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// From roster rows to the one PUT request: cell errors, then the Domain's <see cref="StaffRosterValidator"/>
/// (the hub runs the same rules), with its <c>staff[i].field</c> errors mapped back to rows and columns.
/// </summary>
internal static class StaffImportPlanner
{
    public static ImportPlan<StaffRosterRequest> Plan(StaffSheet sheet, DateTimeOffset asOf, string? batchId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.Headers is not { } headers)
        {
            return ImportPlan<StaffRosterRequest>.Failed(sheet.Errors);
        }

        var locator = new FieldErrorLocator(headers, "staff", sheet.RowNumbers, headers.HeaderRow, StaffColumns.ByFieldPath);
        var validation = StaffRosterValidator.Validate(sheet.Staff, now).Select(locator.Locate);

        // A bad cell already has its error; the stand-in behind it must not add a second one.
        var cellErrors = sheet.Errors.Select(e => (e.Row, e.Column)).ToHashSet();
        var errors = sheet.Errors.Concat(validation.Where(e => !cellErrors.Contains((e.Row, e.Column)))).ToList();
        if (errors.Count > 0)
        {
            return ImportPlan<StaffRosterRequest>.Failed(errors);
        }

        var staff = sheet.Staff.Select(StaffMemberRequest.From).ToList();
        var request = new StaffRosterRequest(batchId ?? BatchIds.ForRoster(asOf, staff), asOf, staff);
        return new ImportPlan<StaffRosterRequest>([request], []);
    }
}
