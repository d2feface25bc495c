using System.Diagnostics;
using System.Reflection;
using ComplianceHub.Testing;

namespace ComplianceHub.Cli.Tests.Packaging;

/// <summary>
/// <c>chub</c> as a user gets it: packed as a .NET tool (the build this test run made, not rebuilt), installed from a
/// local feed with no other package source, and run by its command name.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("chub-tool-").FullName;

    [Fact]
    public async Task The_tool_installs_from_a_local_feed_and_answers_as_chub()
    {
        var ct = TestContext.Current.CancellationToken;
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var feed = Path.Combine(_work, "feed");
        var packed = await RunAsync("dotnet", ["pack", Path.Combine(RepositoryRoot.Path, "src", "ComplianceHub.Cli"), "-c", configuration, "--no-build", "-o", feed, "-nologo"], ct);
        Assert.True(packed.ExitCode == 0, packed.Output);
        Assert.Single(Directory.GetFiles(feed, "ComplianceHub.Cli.*.nupkg"));

        // Only the local feed: the install must not depend on (or ask) any registry.
        var config = Path.Combine(_work, "nuget.config");
        await File.WriteAllTextAsync(config,
            $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="chub" value="{feed}" /></packageSources></configuration>""", ct);
        var tools = Path.Combine(_work, "tools");
        var installed = await RunAsync("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", config, "ComplianceHub.Cli"], ct);
        Assert.True(installed.ExitCode == 0, installed.Output);

        var help = await RunAsync(Path.Combine(tools, "chub"), ["--help"], ct);

        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("chub [command] [options]", help.Output, StringComparison.Ordinal);
        foreach (var command in new[] { "labels", "import", "report" })
        {
            Assert.Contains(command, help.Output, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output + await errors);
    }
}
