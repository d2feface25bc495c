using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceHub.Benchmarks.Storage;

/// <summary>
/// CPU seconds used by this process and by the Azurite node process serving a connection string,
/// to tell whether the emulator or our code is the bottleneck. Linux only (reads /proc).
/// </summary>
internal sealed partial class ProcessCpu
{
    private readonly int? _azuritePid;

    public ProcessCpu(string connectionString)
    {
        var port = TablePort().Match(connectionString);
        _azuritePid = port.Success ? FindAzurite(port.Groups[1].Value) : null;
    }

    public (TimeSpan Dotnet, TimeSpan? Azurite) Sample() =>
        (Process.GetCurrentProcess().TotalProcessorTime, _azuritePid is { } pid ? ReadCpu(pid) : null);

    private static int? FindAzurite(string tablePort)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var args = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                var portAt = Array.IndexOf(args, "--tablePort");
                if (args[0].EndsWith("node", StringComparison.Ordinal) && portAt > 0
                    && portAt + 1 < args.Length && args[portAt + 1] == tablePort)
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }

        return null;
    }

    // /proc/<pid>/stat fields 14 and 15 are user and system time in clock ticks (100 per second on Linux).
    private static TimeSpan? ReadCpu(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (IOException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"TableEndpoint=http://[^:/]+:(\d+)/")]
    private static partial Regex TablePort();
}
