namespace ComplianceHub.Server.Tests.Enterprises;

/// <summary>The part of an enterprise response a test reads to see whether anything was written.</summary>
public sealed record EnterpriseResponseProbe(string Id, long EvidenceSeq);
