using ComplianceHub.Domain.People;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// From training rows to one POST per session, each checked by the Domain's <see cref="TrainingSessionValidator"/>
/// with its errors (<c>staffIds[2]</c>, <c>hours</c>) mapped back to rows and columns.
/// </summary>
internal static class TrainingImportPlanner
{
    public static ImportPlan<TrainingSessionRequest> Plan(TrainingSheet sheet, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.Headers is not { } headers)
        {
            return ImportPlan<TrainingSessionRequest>.Failed(sheet.Errors);
        }

        var errors = sheet.Errors.ToList();
        var cellErrors = sheet.Errors.Select(e => (e.Row, e.Column)).ToHashSet();
        var requests = new List<TrainingSessionRequest>();
        foreach (var rows in sheet.Sessions)
        {
            // A session whose hours were all unreadable is already reported; 0 keeps the validator going.
            var hours = rows.Hours ?? 0m;
            var batchId = rows.BatchId ?? BatchIds.ForTraining(rows.HeldOn, hours, rows.Topic, rows.StaffIds);
            var session = new TrainingSession(batchId, rows.HeldOn, hours, rows.Topic, rows.StaffIds);
            var locator = new FieldErrorLocator(headers, "staffIds", rows.StaffRows, rows.FirstRow, TrainingColumns.ByFieldPath);
            var sessionErrors = TrainingSessionValidator.Validate(session, now).Select(locator.Locate).ToList();
            errors.AddRange(sessionErrors.Where(e => !cellErrors.Contains((e.Row, e.Column)) && !(rows.Hours is null && e.Column == headers.NameOf(TrainingColumns.Hours))));
            requests.Add(new TrainingSessionRequest(session.BatchId, session.HeldOn, session.Hours, session.Topic, session.StaffIds));
        }

        return errors.Count > 0
            ? ImportPlan<TrainingSessionRequest>.Failed(errors)
            : new ImportPlan<TrainingSessionRequest>(requests, []);
    }
}
