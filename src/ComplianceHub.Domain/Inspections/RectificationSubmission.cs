namespace ComplianceHub.Domain.Inspections;

/// <summary>The enterprise's account of how it rectified an order, with the SHA-256 of its supporting document, if any.</summary>
public sealed record RectificationSubmission(
    string Description,
    string? DocumentSha256,
    string SubmittedBy,
    DateTimeOffset SubmittedAt);
