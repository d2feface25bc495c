using ComplianceHub.Server.Http;
using System.Net;
using System.Text.RegularExpressions;
using ComplianceHub.Server.Demo;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Server.Tests.Reports;

/// <summary>
/// The self-assessment PDF is rendered from the enterprise's live data, issued (archived, hash in the
/// evidence log) and verifiable; read back, it names the enterprise's findings and no personal data.
/// </summary>
public sealed partial class SelfAssessmentPdfTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_rented_account_outlet_gets_a_readable_verifiable_self_assessment()
    {
        var grains = hub.Services.GetRequiredService<IGrainFactory>();
        var checker = hub.Services.GetRequiredService<LabelSampleChecker>();
        var demo = DemoDataset.Enterprises[0];
        var id = TestEnterprises.NewId(demo.Division) + demo.Id[demo.Id.IndexOf('-', StringComparison.Ordinal)..];
        await DemoEnterpriseSeeder.SeedAsync(grains, checker, hub.Services.GetRequiredService<ContentDigests>(), demo, 0, id, DateTimeOffset.UtcNow);
        var client = await hub.AsAsync("enterprise", enterprise: id);

        var response = await client.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct);

        var pdf = await IssuedPdfs.ReadAsync(response, Ct);
        Assert.Contains("企业自查报告", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(id, pdf.Text, StringComparison.Ordinal);
        Assert.Contains("ACCOUNT-USED-AFTER-DEPARTURE", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(pdf.ReportId, pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(MobileNumber(), pdf.Text);
        Assert.Contains($"共 {pdf.Pages} 页", pdf.Text, StringComparison.Ordinal);
        Assert.Equal(id, (await IssuedPdfs.VerifyAsync(hub, pdf, Ct)).Subject);
    }

    [Fact]
    public async Task A_regulator_of_another_division_cannot_print_it()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        var elsewhere = await hub.AsAsync("regulator.postal", division: "3301");

        var response = await elsewhere.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [GeneratedRegex(@"1[3-9]\d{9}")]
    private static partial Regex MobileNumber();
}
