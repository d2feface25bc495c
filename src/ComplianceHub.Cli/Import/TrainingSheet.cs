namespace ComplianceHub.Cli.Import;

/// <summary>A trainings file read row by row: sessions (rows grouped by day and topic) and every problem found.</summary>
internal sealed record TrainingSheet(HeaderMap? Headers, IReadOnlyList<TrainingSessionRows> Sessions, IReadOnlyList<RowError> Errors);
