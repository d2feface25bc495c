namespace ComplianceHub.Grains.Compliance;

/// <summary>The evidence payload of an issued report: which, the SHA-256 of its bytes, and the data's evidence seq.</summary>
public sealed record ReportIssuedPayload(string ReportId, string Kind, string Sha256, long Bytes, long SnapshotSeq);
