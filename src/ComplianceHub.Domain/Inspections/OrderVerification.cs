namespace ComplianceHub.Domain.Inspections;

/// <summary>A regulator's acceptance of a rectification, normally made during the follow-up inspection it names.</summary>
public sealed record OrderVerification(
    string? FollowUpInspectionId,
    string? Note,
    string VerifiedBy,
    DateTimeOffset VerifiedAt);
