using System.CommandLine;

namespace ComplianceHub.Cli.Import;

/// <summary>The arguments and options every <c>chub import</c> command shares.</summary>
internal sealed class ImportOptions
{
    public const string DefaultHub = "http://localhost:5000";

    public Argument<string> File { get; } = new("FILE")
    {
        Description = ".csv（UTF-8 或 GBK）或 .xlsx 文件，第一行为表头 .csv (UTF-8 or GBK) or .xlsx file with a header row",
    };

    public Option<string> Enterprise { get; } = new("--enterprise")
    {
        Description = "企业编号 enterprise id",
        Required = true,
    };

    public Option<string> Hub { get; } = new("--hub")
    {
        Description = $"hub 地址 hub URL (默认 default: $CHUB_URL 或 or {DefaultHub})",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CHUB_URL") is { Length: > 0 } url ? url : DefaultHub,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        // No DefaultValueFactory: help prints defaults, and a token must never reach a terminal or a log.
        Description = "访问令牌 bearer token (默认 default: $CHUB_TOKEN)",
    };

    public Option<bool> DryRun { get; } = new("--dry-run")
    {
        Description = "只校验并把将要发送的 JSON 写到标准输出，不发送 validate and print the JSON that would be sent, send nothing",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Enterprise);
        command.Options.Add(Hub);
        command.Options.Add(Token);
        command.Options.Add(DryRun);
    }

    public ImportSettings Read(ParseResult parsed) => new(
        parsed.GetRequiredValue(File),
        parsed.GetRequiredValue(Enterprise),
        parsed.GetValue(Hub) ?? DefaultHub,
        parsed.GetValue(Token) ?? (Environment.GetEnvironmentVariable("CHUB_TOKEN") is { Length: > 0 } token ? token : null),
        parsed.GetValue(DryRun));
}
