using System.CommandLine;

namespace ComplianceHub.Cli.Import;

/// <summary><c>chub import</c>: people data from CSV or Excel into the hub.</summary>
internal static class ImportCommand
{
    public static Command Create(CliStreams streams) =>
        new("import", "从 CSV/Excel 导入 import from CSV or Excel")
        {
            ImportStaffCommand.Create(streams),
            ImportTrainingsCommand.Create(streams),
        };
}
