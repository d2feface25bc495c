using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Security.SecurityApi;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>A report's printed and QR-coded verification URL comes from configuration, never from the request's Host header.</summary>
public sealed class ReportBaseUrlTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_forged_host_header_does_not_reach_the_report()
    {
        var (id, company, _) = await EnterpriseAsync(hub);
        company.DefaultRequestHeaders.Host = "verify.attacker.example";

        var pdf = await IssuedPdfs.ReadAsync(await company.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct), Ct);

        Assert.DoesNotContain("attacker", pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"{HubFactory.PublicBaseUrl}/api/v1/reports/{pdf.ReportId}/verify".Replace(" ", "", StringComparison.Ordinal), pdf.Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
