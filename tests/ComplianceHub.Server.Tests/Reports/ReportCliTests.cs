extern alias chub;

using System.Net;
using System.Text;
using ComplianceHub.Reports.Verification;
using ComplianceHub.Server.Tests.Infrastructure;
using ChubCommand = chub::ComplianceHub.Cli.ChubCommand;
using CliStreams = chub::ComplianceHub.Cli.CliStreams;

namespace ComplianceHub.Server.Tests.Reports;

/// <summary>
/// <c>chub report</c> against the real hub (in-process, real tokens): the CLI saves the very PDF the hub issued and
/// recorded, the hub then verifies that file, and refusals come back as exit 2 with the hub's own wording.
/// </summary>
public sealed class ReportCliTests(HubFactory hub) : IDisposable
{
    /// <summary>The host part is not dialled: requests go through the test server's handler.</summary>
    private const string HubUrl = "http://localhost";

    private readonly string _dir = Directory.CreateTempSubdirectory("chub-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_cli_saves_the_issued_self_assessment_and_the_hub_verifies_the_file()
    {
        var (id, token) = await RegisteredEnterpriseAsync();
        var file = Path.Combine(_dir, "self.pdf");

        var download = await ChubAsync("report", "self-assessment", id, "--hub", HubUrl, "--token", token, "-o", file);

        Assert.True(download.Exit == 0, download.Error);
        var printed = download.Fields;
        var pdf = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Equal(file, printed["file"]);
        Assert.Equal(ReportHash.Sha256(pdf), printed["sha256"]);
        Assert.Matches("^[0-9a-f]{32}$", printed["reportId"]);
        Assert.Equal($"{HubUrl}/api/v1/reports/{printed["reportId"]}/verify", printed["verifyUrl"]);

        // Verification needs no token: anyone holding the PDF may check it.
        var verified = await ChubAsync("report", "verify", file, "--report-id", printed["reportId"], "--hub", HubUrl);
        Assert.True(verified.Exit == 0, verified.Error);
        Assert.Equal("true", verified.Fields["matches"]);
        Assert.Equal(id, verified.Fields["subject"]);
        Assert.Equal("self-assessment", verified.Fields["kind"]);
        Assert.Equal(printed["sha256"], verified.Fields["issuedSha256"]);

        pdf[pdf.Length / 2] ^= 0x20;
        var altered = Path.Combine(_dir, "altered.pdf");
        await File.WriteAllBytesAsync(altered, pdf, TestContext.Current.CancellationToken);
        var refused = await ChubAsync("report", "verify", altered, "--report-id", printed["reportId"], "--hub", HubUrl);
        Assert.Equal(3, refused.Exit);
        Assert.Equal("false", refused.Fields["matches"]);
        Assert.Contains("不一致", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regulator_of_another_division_gets_exit_2_with_the_hubs_forbidden_message_and_no_file()
    {
        var (id, _) = await RegisteredEnterpriseAsync();
        var elsewhere = TokenOf(await hub.AsAsync("regulator.postal", division: "3301"));
        var file = Path.Combine(_dir, "denied.pdf");

        var result = await ChubAsync("report", "self-assessment", id, "--hub", HubUrl, "--token", elsewhere, "-o", file);

        Assert.Equal(2, result.Exit);
        Assert.Contains("(403)", result.Error, StringComparison.Ordinal);
        Assert.Contains("无权访问 (forbidden)", result.Error, StringComparison.Ordinal);
        Assert.Contains("该企业不在您的辖区 (this enterprise is outside your division)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task An_unregistered_enterprise_a_missing_token_and_an_unknown_report_are_exit_2()
    {
        var admin = TokenOf(await hub.AsAsync("admin"));
        var unknown = TestEnterprises.NewId();

        var notFound = await ChubAsync("report", "self-assessment", unknown, "--hub", HubUrl, "--token", admin, "-o", Path.Combine(_dir, "x.pdf"));
        var noToken = await ChubAsync("report", "self-assessment", unknown, "--hub", HubUrl, "-o", Path.Combine(_dir, "y.pdf"));
        var pdf = Path.Combine(_dir, "any.pdf");
        await File.WriteAllBytesAsync(pdf, "%PDF-1.4\n"u8.ToArray(), TestContext.Current.CancellationToken);
        var neverIssued = await ChubAsync("report", "verify", pdf, "--report-id", new string('a', 32), "--hub", HubUrl);

        Assert.Equal(2, notFound.Exit);
        Assert.Contains("(404)", notFound.Error, StringComparison.Ordinal);
        Assert.Contains($"企业不存在 (enterprise not found): 未登记的企业 {unknown}", notFound.Error, StringComparison.Ordinal);
        Assert.Equal(2, noToken.Exit);
        Assert.Contains("(401)", noToken.Error, StringComparison.Ordinal);
        Assert.Contains("--token / CHUB_TOKEN", noToken.Error, StringComparison.Ordinal);
        Assert.Equal(2, neverIssued.Exit);
        Assert.Contains("(404)", neverIssued.Error, StringComparison.Ordinal);
        Assert.Contains("no report aaaaaaaa", neverIssued.Error, StringComparison.Ordinal);
    }

    private async Task<(string Id, string Token)> RegisteredEnterpriseAsync()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        var created = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (id, TokenOf(await hub.AsAsync("enterprise", enterprise: id)));
    }

    private static string TokenOf(HttpClient client) => client.DefaultRequestHeaders.Authorization!.Parameter!;

    /// <summary>
    /// Runs <c>chub</c> exactly as Program does, its requests going through the in-process hub. On the thread pool:
    /// System.CommandLine blocks on the async action.
    /// </summary>
    private Task<ChubRun> ChubAsync(params string[] args) => Task.Run(() =>
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = ChubCommand.Run(args, new CliStreams(() => Stream.Null, stdout, stderr, IsErrorInteractive: false), () => hub.Server.CreateHandler());
        return new ChubRun(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    });

    private sealed record ChubRun(int Exit, string Output, string Error)
    {
        /// <summary>stdout's <c>key: value</c> lines.</summary>
        public Dictionary<string, string> Fields => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "", StringComparer.Ordinal);
    }
}
