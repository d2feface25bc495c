using System.Security.Cryptography;
using ComplianceHub.Cli.Tests.Hub;

namespace ComplianceHub.Cli.Tests.Reports;

/// <summary><c>chub report</c>'s network paths against a loopback stub: request shape, corrupted bytes, 5xx, no hub.</summary>
public sealed class ReportDownloadTests : IDisposable
{
    private static readonly byte[] Pdf = "%PDF-1.7\n% a report\n%%EOF\n"u8.ToArray();

    private readonly string _dir = Directory.CreateTempSubdirectory("chub-report-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Inspection_report_is_fetched_with_the_authority_and_token_and_saved_when_its_hash_matches()
    {
        await using var hub = await HubRecorder.StartAsync();
        hub.Respond = _ => HubRecorder.Issued(Pdf, "0123456789abcdef0123456789abcdef", Convert.ToHexStringLower(SHA256.HashData(Pdf)));
        var file = Path.Combine(_dir, "inspection.pdf");

        var result = CliRun.Invoke("", "report", "inspection", "INSP-330782-2026-0143", "--authority", "cyberspace", "--hub", hub.Url, "--token", "tok-9", "-o", file);

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(["GET /api/v1/inspections/INSP-330782-2026-0143/report.pdf?authority=cyberspace Bearer tok-9"], hub.Requests.Select(r => r.Line));
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.Contains($"sha256: {Convert.ToHexStringLower(SHA256.HashData(Pdf))}", result.Lines);
        Assert.Contains($"verifyUrl: {hub.Url}/api/v1/reports/0123456789abcdef0123456789abcdef/verify", result.Lines);
    }

    [Fact]
    public async Task Bytes_that_differ_from_the_recorded_hash_are_not_saved_and_exit_1()
    {
        await using var hub = await HubRecorder.StartAsync();
        hub.Respond = _ => HubRecorder.Issued(Pdf, "0123456789abcdef0123456789abcdef", new string('0', 64));
        var file = Path.Combine(_dir, "jurisdiction.pdf");

        var result = CliRun.Invoke("", "report", "jurisdiction", "330782", "--hub", hub.Url, "-o", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["GET /api/v1/jurisdictions/330782/report.pdf "], hub.Requests.Select(r => r.Line));
        Assert.Contains("do not match the SHA-256 the hub recorded", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public async Task A_hub_failure_is_exit_1_with_its_problem_text_and_no_stack_trace()
    {
        await using var hub = await HubRecorder.StartAsync();
        hub.Respond = _ => HubRecorder.Problem(503, """{"title":"存储不可用 (storage unavailable)","detail":"稍后重试 (retry later)"}""");

        var result = CliRun.Invoke("", "report", "self-assessment", "91330782MA2B3C4D5E", "--hub", hub.Url, "-o", Path.Combine(_dir, "x.pdf"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("hub 出错 failed (503): 存储不可用 (storage unavailable): 稍后重试 (retry later)", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_hub_listening_is_exit_1_and_a_bad_hub_url_or_authority_exit_2()
    {
        var unreachable = CliRun.Invoke("", "report", "verify", WriteFile(), "--report-id", new string('a', 32), "--hub", "http://127.0.0.1:1");
        var badUrl = CliRun.Invoke("", "report", "self-assessment", "E1", "--hub", "ftp://hub");
        var badAuthority = CliRun.Invoke("", "report", "inspection", "I1", "--authority", "police", "--hub", "http://127.0.0.1:1");
        var missingFile = CliRun.Invoke("", "report", "verify", Path.Combine(_dir, "none.pdf"), "--report-id", new string('a', 32), "--hub", "http://127.0.0.1:1");

        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("无法连接 hub cannot reach the hub at http://127.0.0.1:1/", unreachable.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unreachable.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, badUrl.ExitCode);
        Assert.Contains("--hub", badUrl.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, badAuthority.ExitCode);
        Assert.Equal(2, missingFile.ExitCode);
        Assert.Contains("cannot read", missingFile.StdErr, StringComparison.Ordinal);
    }

    private string WriteFile()
    {
        var path = Path.Combine(_dir, "any.pdf");
        File.WriteAllBytes(path, Pdf);
        return path;
    }
}
