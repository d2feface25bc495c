namespace ComplianceHub.Server.Inspections;

/// <summary>The enterprise's rectification evidence: what it did, and optionally the SHA-256 of the supporting document.</summary>
public sealed record SubmissionRequest(string? Description, string? DocumentSha256);
