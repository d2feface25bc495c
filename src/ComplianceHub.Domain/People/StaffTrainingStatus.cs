namespace ComplianceHub.Domain.People;

/// <summary>One person's standing against the training duty.</summary>
/// <param name="DueAt">When the next training falls (or fell) due: the end of the window after the last one, never before the new joiner's grace ends.</param>
/// <param name="LastTrainedOn">The last training the person attended, if any.</param>
public sealed record StaffTrainingStatus(StaffMember Member, TrainingStanding Standing, DateTimeOffset DueAt, DateOnly? LastTrainedOn);
