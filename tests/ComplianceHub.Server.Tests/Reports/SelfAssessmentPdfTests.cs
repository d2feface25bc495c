using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ComplianceHub.Server.Demo;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.Reports;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

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
        await DemoEnterpriseSeeder.SeedAsync(grains, checker, demo, 0, id, DateTimeOffset.UtcNow);
        var client = await hub.AsAsync("enterprise", enterprise: id);

        var response = await client.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);
        var reportId = response.Headers.GetValues("X-Report-Id").Single();
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
            Assert.Contains("企业自查报告", text, StringComparison.Ordinal);
            Assert.Contains(id, text, StringComparison.Ordinal);
            Assert.Contains("ACCOUNT-USED-AFTER-DEPARTURE", text, StringComparison.Ordinal);
            Assert.Contains(reportId, text, StringComparison.Ordinal);
            Assert.DoesNotMatch(MobileNumber(), text);
            Assert.Contains($"共 {document.NumberOfPages} 页", text, StringComparison.Ordinal);
        }

        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var verified = await (await hub.CreateClient().PostAsync($"/api/v1/reports/{reportId}/verify", content, Ct))
            .Content.ReadFromJsonAsync<ReportVerification>(Ct);
        Assert.True(verified!.Matches);
        Assert.Equal(id, verified.Subject);
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
