using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Server.Tests.Inspections;
using static ComplianceHub.Server.Tests.Security.SecurityApi;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>
/// An enterprise cannot move itself out of its regulator's reach; when admin moves it, an inspection stays with the
/// authority and division that opened it (readable and writable there, not writable by the new division).
/// </summary>
public sealed class DivisionMoveTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_enterprise_moving_itself_is_403_and_stays_where_it_was()
    {
        var (id, company, admin) = await EnterpriseAsync(hub, "330782");
        var seq = await EvidenceSeqAsync(admin, id);

        var moved = await company.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile("420106"));

        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        Assert.Equal(seq, await EvidenceSeqAsync(admin, id));
        var renamed = await company.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile("330782", name: "中通快递义乌稠城网点（更名）"));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
    }

    [Fact]
    public async Task After_an_admin_move_the_inspection_stays_with_the_office_that_opened_it()
    {
        var (id, company, admin) = await EnterpriseAsync(hub, "330782");
        var yiwu = await hub.AsAsync("regulator.postal", "330782");
        var wuhan = await hub.AsAsync("regulator.postal", "420106");
        var opened = await InspectionApi.OpenAsync(yiwu, id, "postal", DateOnly.FromDateTime(DateTime.UtcNow));
        var url = $"/api/v1/inspections/{opened.GetProperty("id").GetString()}";

        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile("420106"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await yiwu.GetAsync(url, Ct)).StatusCode);
        var answered = await yiwu.PutAsJsonAsync($"{url}/checklist", new { answers = new[] { new { itemId = "P-PRINT-ROOM", answer = "yes" } } }, Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await wuhan.GetAsync(url, Ct)).StatusCode);
        var intruding = await wuhan.PostAsJsonAsync($"{url}/findings", new { findingId = "F-1", text = "异地写入", ruleIds = Array.Empty<string>() }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, intruding.StatusCode);
        var inspection = JsonDocument.Parse(await yiwu.GetStringAsync(url, Ct)).RootElement;
        Assert.Empty(inspection.GetProperty("findings").EnumerateArray());
        _ = company;
    }
}
