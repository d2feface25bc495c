using System.CommandLine;

namespace ComplianceHub.Cli.Labels;

/// <summary><c>chub labels</c>: commands on printed waybill labels.</summary>
internal static class LabelsCommand
{
    public static Command Create(CliStreams streams) =>
        new("labels", "运单标签 waybill labels")
        {
            LabelsCheckCommand.Create(streams),
        };
}
