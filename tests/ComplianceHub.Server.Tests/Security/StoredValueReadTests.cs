using System.Net;
using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Server.Tests.Inspections;
using Microsoft.Extensions.DependencyInjection;
using static ComplianceHub.Server.Tests.Security.SecurityApi;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>
/// A stored value never makes a read fail. An order whose deadline is the last day of the calendar (what the API took
/// before deadlines were bounded) is put in through the grain, as old data would be; every read above it still answers.
/// </summary>
public sealed class StoredValueReadTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_order_due_at_the_end_of_the_calendar_takes_down_no_read()
    {
        var (id, company, _) = await EnterpriseAsync(hub, "330782");
        var postal = await hub.AsAsync("regulator.postal", "33");
        var nation = await hub.AsAsync("admin");
        var inspection = await InspectionApi.OpenAsync(postal, id, "postal", DateOnly.FromDateTime(DateTime.UtcNow));
        var key = Guid.Parse(inspection.GetProperty("id").GetString()!);
        var grain = hub.Services.GetRequiredService<IGrainFactory>().GetGrain<IInspectionGrain>(key);
        await grain.IssueOrder(new IssueOrder("O-LEGACY", "全部面单使用隐私面单", "GB/T 41833-2022", DateOnly.MaxValue, "system:legacy-import"));

        foreach (var url in new[]
        {
            $"/api/v1/inspections/{key:D}", $"/api/v1/enterprises/{id}", $"/api/v1/enterprises/{id}/inspections", $"/api/v1/enterprises/{id}/findings",
            "/api/v1/jurisdictions/330782", "/api/v1/jurisdictions/330700", "/api/v1/jurisdictions/330000", "/api/v1/jurisdictions/330700/inspection-plan",
        })
        {
            var response = await postal.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        }

        Assert.Equal(HttpStatusCode.OK, (await nation.GetAsync("/api/v1/jurisdictions/000000", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await company.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct)).StatusCode);
        var pdf = await postal.GetAsync($"/api/v1/inspections/{key:D}/report.pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);

        var order = InspectionApi.Order(await InspectionApi.GetJsonAsync(postal, $"/api/v1/inspections/{key:D}"), "O-LEGACY");
        Assert.Equal("open", order.GetProperty("status").GetString());
    }
}
