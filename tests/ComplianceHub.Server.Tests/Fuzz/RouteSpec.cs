namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>How to build an acceptable request to a route, who may send it, and which client the fuzz test sends it as.</summary>
public sealed record RouteSpec(AccessPolicy Policy, Func<ApiWorld, string, Task<RouteRequest>> Build);
