namespace ComplianceHub.Cli.Tests.Import;

/// <summary>One request as the loopback hub endpoint received it.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? ContentType, string Body);
