extern alias chub;
using System.Text;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using ChubCommand = chub::ComplianceHub.Cli.ChubCommand;
using CliStreams = chub::ComplianceHub.Cli.CliStreams;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>`chub evidence bundle` saves a bundle from the real hub; `chub evidence verify` checks it with no hub: exit 0, 3, 2.</summary>
public sealed class EvidenceCliTests(HubFactory hub) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chub-evidence-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Bundle_downloads_and_verify_answers_0_for_it_3_for_a_doctored_copy_and_2_for_no_file()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 3);
        var token = (await hub.AsAsync("prosecutor", "3307")).DefaultRequestHeaders.Authorization!.Parameter!;
        var file = Path.Combine(_dir, "bundle.zip");
        var key = Path.Combine(_dir, "key.json");
        await File.WriteAllBytesAsync(key, await EvidenceBundleApiTests.PublishedKeyAsync(hub), TestContext.Current.CancellationToken);

        var download = await ChubAsync("evidence", "bundle", id, "--reason", "命令行调取", "--case", "案-1", "--hub", "http://localhost", "--token", token, "-o", file);
        Assert.True(download.Exit == 0, download.Error);
        Assert.Contains($"file: {file}", download.Output, StringComparison.Ordinal);

        var verified = await ChubAsync("evidence", "verify", file, "--key", key);
        Assert.True(verified.Exit == 0, verified.Error);
        Assert.Contains("verified: true", verified.Output, StringComparison.Ordinal);
        Assert.Contains("entries: 4 (seq 1..4)", verified.Output, StringComparison.Ordinal);

        var files = EvidenceBundles.Unzip(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        var doctored = files.Text("entries.jsonl").Replace("命令行调取", "命令行调阅", StringComparison.Ordinal);
        var copy = Path.Combine(_dir, "doctored.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(copy, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in files.With("entries.jsonl", Encoding.UTF8.GetBytes(doctored)))
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }

        var refused = await ChubAsync("evidence", "verify", copy, "--key", key);
        Assert.Equal(3, refused.Exit);
        Assert.Contains("SHA-256", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await ChubAsync("evidence", "verify", Path.Combine(_dir, "missing.zip"))).Exit);

        var badHead = Path.Combine(_dir, "head.json");
        await File.WriteAllTextAsync(badHead, JsonSerializer.Serialize(new { enterpriseId = id, treeSize = 1 }), TestContext.Current.CancellationToken);
        var rejected = await ChubAsync("evidence", "bundle", id, "--reason", "r", "--tree-head", badHead, "--hub", "http://localhost", "--token", token, "-o", Path.Combine(_dir, "no.zip"));
        Assert.Equal(2, rejected.Exit);
        Assert.Contains("treeHead", rejected.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "no.zip")));
    }

    private Task<(int Exit, string Output, string Error)> ChubAsync(params string[] args) => Task.Run(() =>
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = ChubCommand.Run(args, new CliStreams(() => Stream.Null, stdout, stderr, IsErrorInteractive: false), () => hub.Server.CreateHandler());
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    });
}
