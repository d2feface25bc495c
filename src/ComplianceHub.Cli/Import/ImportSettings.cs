using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Import;

/// <summary>The shared options of one <c>chub import</c> run, as given.</summary>
internal sealed record ImportSettings(string File, string Enterprise, HubSettings Hub, bool DryRun)
{
    /// <summary>One roster or training session per request: a hub that has not answered in this long is not coming back.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);
}
