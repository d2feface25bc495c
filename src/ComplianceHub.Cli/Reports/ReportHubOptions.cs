using System.CommandLine;
using ComplianceHub.Cli.Import;

namespace ComplianceHub.Cli.Reports;

/// <summary>The options every <c>chub report</c> command that talks to the hub shares.</summary>
internal sealed class ReportHubOptions
{
    public Option<string> Hub { get; } = new("--hub")
    {
        Description = $"hub 地址 hub URL (默认 default: $CHUB_HUB 或 or {ImportOptions.DefaultHub})",
        DefaultValueFactory = _ => DefaultHub(),
    };

    public Option<string?> Token { get; } = new("--token")
    {
        // No DefaultValueFactory: help prints defaults, and a token must never reach a terminal or a log.
        Description = "访问令牌 bearer token (默认 default: $CHUB_TOKEN)",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Hub);
        command.Options.Add(Token);
    }

    public ReportHubSettings Read(ParseResult parsed) => new(
        parsed.GetValue(Hub) ?? DefaultHub(),
        parsed.GetValue(Token) ?? (Environment.GetEnvironmentVariable("CHUB_TOKEN") is { Length: > 0 } token ? token : null));

    /// <summary>$CHUB_HUB, else $CHUB_URL (what <c>chub import</c> reads), so one variable serves every command.</summary>
    private static string DefaultHub() =>
        Environment.GetEnvironmentVariable("CHUB_HUB") is { Length: > 0 } hub ? hub
        : Environment.GetEnvironmentVariable("CHUB_URL") is { Length: > 0 } url ? url
        : ImportOptions.DefaultHub;
}
