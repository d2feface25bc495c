namespace ComplianceHub.Domain.People;

/// <summary>One personal-information security training (L3: staff are trained), and who attended.</summary>
/// <param name="BatchId">The enterprise's idempotency key for this upload.</param>
/// <param name="HeldOn">China calendar day of the session.</param>
/// <param name="Hours">Length in hours; reported, not judged.</param>
/// <param name="Topic">What was taught, in the enterprise's words.</param>
/// <param name="StaffIds">Attendees by pseudonymous staff id.</param>
public sealed record TrainingSession(string BatchId, DateOnly HeldOn, decimal Hours, string Topic, IReadOnlyList<string> StaffIds);
