namespace ComplianceHub.Grains.Evidence;

/// <summary>The evidence payload of a recorded read or export: what, by which role and office, which range, for which case.</summary>
public sealed record EvidenceReadPayload(string What, string Role, string? Office, long? From, long? To, string? CaseNumber, string? Reason);
