using System.CommandLine;
using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Import;

/// <summary>The arguments and options every <c>chub import</c> command shares.</summary>
internal sealed class ImportOptions
{
    public Argument<string> File { get; } = new("FILE")
    {
        Description = ".csv（UTF-8 或 GBK）或 .xlsx 文件，第一行为表头 .csv (UTF-8 or GBK) or .xlsx file with a header row",
    };

    public Option<string> Enterprise { get; } = new("--enterprise")
    {
        Description = "企业编号 enterprise id",
        Required = true,
    };

    public HubOptions Hub { get; } = new();

    public Option<bool> DryRun { get; } = new("--dry-run")
    {
        Description = "只校验并把将要发送的 JSON 写到标准输出，不发送 validate and print the JSON that would be sent, send nothing",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Enterprise);
        Hub.AddTo(command);
        command.Options.Add(DryRun);
    }

    public ImportSettings Read(ParseResult parsed) => new(
        parsed.GetRequiredValue(File),
        parsed.GetRequiredValue(Enterprise),
        Hub.Read(parsed),
        parsed.GetValue(DryRun));
}
