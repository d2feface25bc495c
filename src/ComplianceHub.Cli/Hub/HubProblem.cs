namespace ComplianceHub.Cli.Hub;

/// <summary>The parts of an RFC 7807 problem-details body the CLI shows.</summary>
internal sealed record HubProblem(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
