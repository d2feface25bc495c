namespace ComplianceHub.Cli.Tests;

/// <summary>What a run of <c>chub</c> left behind.</summary>
internal sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>stdout as lines; every line, the last included, must end in '\n'.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            if (StdOut.Length == 0)
            {
                return [];
            }

            Assert.EndsWith("\n", StdOut, StringComparison.Ordinal);
            return StdOut[..^1].Split('\n');
        }
    }
}
