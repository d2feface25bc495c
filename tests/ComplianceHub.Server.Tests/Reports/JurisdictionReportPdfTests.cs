using System.Net;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Server.Tests.Jurisdictions;

namespace ComplianceHub.Server.Tests.Reports;

/// <summary>
/// The jurisdiction report is drawn from the roll-ups and the member rows under the division, issued
/// (archived, registered) and verifiable; read back, it lists every enterprise of the county and the worst one.
/// </summary>
public sealed class JurisdictionReportPdfTests(HubFactory hub)
{
    private const string County = "650102";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_county_regulator_prints_a_readable_verifiable_report_listing_its_enterprises()
    {
        var clean = await RollupScenario.RegisterAsync(hub, County, name: "天山测试网点");
        var terrible = await RollupScenario.RegisterAsync(hub, County, name: "天山高风险网点");
        await RollupScenario.MakeTerribleAsync(hub, terrible);
        var regulator = await hub.AsAsync("regulator.postal", division: County);

        var response = await regulator.GetAsync($"/api/v1/jurisdictions/{County}/report.pdf", Ct);

        var pdf = await IssuedPdfs.ReadAsync(response, Ct);
        Assert.Contains("辖区监管报告", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("天山区", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(clean, pdf.Text, StringComparison.Ordinal);
        Assert.Contains(terrible, pdf.Text, StringComparison.Ordinal);
        Assert.Contains("天山高风险网点", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(pdf.ReportId, pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"共 {pdf.Pages} 页", pdf.Text, StringComparison.Ordinal);
        Assert.Equal(County, (await IssuedPdfs.VerifyAsync(hub, pdf, Ct)).Subject);
    }

    [Fact]
    public async Task Outside_the_division_it_is_refused_and_a_bad_code_is_named()
    {
        var elsewhere = await hub.AsAsync("regulator.postal", division: "3301");
        var enterprise = await hub.AsAsync("enterprise", enterprise: TestEnterprises.NewId(County));

        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync($"/api/v1/jurisdictions/{County}/report.pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync($"/api/v1/jurisdictions/{County}/report.pdf", Ct)).StatusCode);
        var bad = await elsewhere.GetAsync("/api/v1/jurisdictions/33x/report.pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"code\"", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
