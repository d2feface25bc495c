namespace ComplianceHub.Storage.Batches;

/// <summary>A batch's first result (JSON) and the digest of its content; the digest is null for batches stored before digests were kept.</summary>
public sealed record BatchRecord(string ResultJson, string? ContentDigest);
