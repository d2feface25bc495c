namespace ComplianceHub.Cli.Tests.Hub;

/// <summary>One request as the loopback hub endpoint received it.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string? ContentType, string Body)
{
    /// <summary>"METHOD path?query Authorization", for asserting what was asked in one line.</summary>
    public string Line => $"{Method} {Path}{Query} {Authorization}";
}
