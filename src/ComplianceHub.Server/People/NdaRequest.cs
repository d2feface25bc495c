namespace ComplianceHub.Server.People;

/// <summary>A signed confidentiality agreement (保密协议).</summary>
public sealed record NdaRequest(DateOnly? SignedOn, DateOnly? ExpiresOn);
