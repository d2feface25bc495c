using System.CommandLine;

namespace ComplianceHub.Cli.Hub;

/// <summary>The options of every command that talks to the hub (<c>chub import</c>, <c>chub report</c>): where and as whom.</summary>
internal sealed class HubOptions
{
    public const string DefaultHub = "http://localhost:5000";

    public Option<string> Hub { get; } = new("--hub")
    {
        Description = $"hub 地址 hub URL (默认 default: $CHUB_HUB，否则 else $CHUB_URL，否则 else {DefaultHub})",
        DefaultValueFactory = _ => FromEnvironment(),
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

    public HubSettings Read(ParseResult parsed) => new(
        parsed.GetValue(Hub) ?? FromEnvironment(),
        parsed.GetValue(Token) ?? (Environment.GetEnvironmentVariable("CHUB_TOKEN") is { Length: > 0 } token ? token : null));

    /// <summary>$CHUB_HUB, else $CHUB_URL (what <c>chub import</c> read first), so one variable serves every command.</summary>
    private static string FromEnvironment() =>
        Environment.GetEnvironmentVariable("CHUB_HUB") is { Length: > 0 } hub ? hub
        : Environment.GetEnvironmentVariable("CHUB_URL") is { Length: > 0 } url ? url
        : DefaultHub;
}
