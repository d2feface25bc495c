namespace ComplianceHub.Reports.Data;

/// <summary>A file of the bundle: path, SHA-256 (hex) and size.</summary>
public sealed record EvidenceListFile(string Path, string Sha256, long Bytes);
