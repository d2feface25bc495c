namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>One mutated request: what was done to it (for the failure message), its body, media type and path.</summary>
public sealed record FuzzCase(string Mutation, string? Body, string? MediaType, string Path, byte[]? Raw = null);
