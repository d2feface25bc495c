namespace ComplianceHub.Server.Inspections;

/// <summary>A regulator verifies an order from the follow-up inspection it names.</summary>
public sealed record VerificationRequest(string? FollowUpInspectionId, string? Note);
