namespace ComplianceHub.Cli.Import;

/// <summary>The hub took a request: 201 stored, 200 a replay of the same batchId.</summary>
internal sealed record HubAcceptance(int Status);
