using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Server.Demo;

/// <summary>One enterprise of the demo dataset.</summary>
public sealed record DemoEnterprise(string Id, string Name, EnterpriseKind Kind, string Division, string? BrandId);
