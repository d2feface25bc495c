using System.Net;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Inspections.InspectionApi;

namespace ComplianceHub.Server.Tests.Inspections;

/// <summary>
/// An inspection from planning to a follow-up that verifies every order: each step is answered by the
/// real API, lands as one evidence entry on the enterprise's log in order, and a closed inspection is frozen.
/// </summary>
public sealed class InspectionWalkTests(HubFactory hub)
{
    [Fact]
    public async Task Plan_inspect_order_rectify_verify_in_follow_up_and_close()
    {
        var admin = await hub.AsAsync("admin");
        var regulator = await hub.AsAsync("regulator.postal", division: "3307");
        var id = await RegisterAsync(admin);
        var company = await hub.AsAsync("enterprise", enterprise: id);
        var today = ChinaDate(DateTimeOffset.UtcNow);

        // Plan; a retried POST with the same inspectionId answers 200 with the same inspection.
        var inspectionId = Guid.NewGuid().ToString("D");
        var open = new { inspectionId, enterpriseId = id, authority = "postal", kind = "on-site", plannedOn = Day(today) };
        var planned = await ExpectAsync(await PostAsync(regulator, "/api/v1/inspections", open), HttpStatusCode.Created);
        Assert.Equal("planned", planned.GetProperty("status").GetString());
        Assert.Equal(inspectionId, (await ExpectAsync(await PostAsync(regulator, "/api/v1/inspections", open), HttpStatusCode.OK)).GetProperty("id").GetString());
        var url = $"/api/v1/inspections/{inspectionId}";

        var answered = await ExpectAsync(await PutAsync(regulator, $"{url}/checklist", new
        {
            answers = new object[]
            {
                new { itemId = "P-PRINT-ROOM", answer = "no", note = "打印区无监控" },
                new { itemId = "P-USB-POLICY", answer = "partly" },
                new { itemId = "P-NDA-FILES", answer = "compliant" },
            },
        }), HttpStatusCode.OK);
        Assert.Equal("in-progress", answered.GetProperty("status").GetString());
        Assert.Equal(3, answered.GetProperty("answers").GetArrayLength());

        await ExpectAsync(await PostAsync(regulator, $"{url}/findings", new
        {
            findingId = "F-1", text = "打印区未设门禁与视频监控", ruleIds = new[] { "WAYBILL-MASK-COVERAGE" }, checklistItemId = "P-PRINT-ROOM",
        }), HttpStatusCode.Created);

        var order1 = new { orderId = "YZ-GZ-1", requirement = "打印区加装门禁和视频监控", legalBasis = "《寄递服务用户个人信息安全管理规定》", deadline = Day(today.AddDays(10)) };
        await ExpectAsync(await PostAsync(regulator, $"{url}/orders", order1), HttpStatusCode.Created);
        await ExpectAsync(await PostAsync(regulator, $"{url}/orders", order1), HttpStatusCode.OK);
        var ordered = await ExpectAsync(await PostAsync(regulator, $"{url}/orders", new
        {
            orderId = "YZ-GZ-2", requirement = "打印电脑禁用 U 盘", legalBasis = "《寄递服务用户个人信息安全管理规定》", deadline = Day(today.AddDays(20)),
        }), HttpStatusCode.Created);
        Assert.Equal(2, ordered.GetProperty("orders").GetArrayLength());
        Assert.All(ordered.GetProperty("orders").EnumerateArray(), o => Assert.Equal("open", o.GetProperty("status").GetString()));

        var before = await GetJsonAsync(company, $"/api/v1/enterprises/{id}");
        Assert.Equal(2, before.GetProperty("openOrders").GetInt32());
        Assert.Equal(0, before.GetProperty("overdueOrders").GetInt32());

        // The enterprise reads its inspection and submits its rectification evidence.
        Assert.Equal(inspectionId, (await GetJsonAsync(company, url)).GetProperty("id").GetString());
        foreach (var orderId in new[] { "YZ-GZ-1", "YZ-GZ-2" })
        {
            var submitted = await ExpectAsync(await PostAsync(company, $"{url}/orders/{orderId}/submission", new
            {
                description = "已整改，见附件", documentSha256 = new string('a', 64),
            }), HttpStatusCode.OK);
            Assert.Equal("submitted", Order(submitted, orderId).GetProperty("status").GetString());
        }

        // The follow-up inspection verifies both orders.
        var followUp = await OpenAsync(regulator, id, "postal", today, kind: "follow-up", followUpOf: inspectionId);
        var followUpId = followUp.GetProperty("id").GetString();
        Assert.Equal(inspectionId, followUp.GetProperty("followUpOf").GetString());
        foreach (var orderId in new[] { "YZ-GZ-1", "YZ-GZ-2" })
        {
            var verified = await ExpectAsync(await PostAsync(regulator, $"{url}/orders/{orderId}/verification", new { followUpInspectionId = followUpId }), HttpStatusCode.OK);
            var order = Order(verified, orderId);
            Assert.Equal("verified", order.GetProperty("status").GetString());
            Assert.Equal(followUpId, order.GetProperty("followUpInspectionId").GetString());
        }

        // The follow-up shows the orders it reviewed, now verified.
        var reviewed = (await GetJsonAsync(regulator, $"/api/v1/inspections/{followUpId}")).GetProperty("reviewedOrders");
        Assert.Equal(["verified", "verified"], reviewed.EnumerateArray().Select(o => o.GetProperty("status").GetString()));

        var closed = await ExpectAsync(await PostAsync(regulator, $"{url}/close", new { }), HttpStatusCode.OK);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(0, closed.GetProperty("openOrders").GetInt32());

        // Frozen: nothing changes a closed inspection, whoever asks.
        await ExpectAsync(await PutAsync(regulator, $"{url}/checklist", new { answers = new[] { new { itemId = "P-PRINT-ROOM", answer = "yes" } } }), HttpStatusCode.Conflict);
        await ExpectAsync(await PostAsync(regulator, $"{url}/findings", new { findingId = "F-2", text = "补充" }), HttpStatusCode.Conflict);
        await ExpectAsync(await PostAsync(regulator, $"{url}/orders", order1 with { orderId = "YZ-GZ-3" }), HttpStatusCode.Conflict);
        await ExpectAsync(await PostAsync(company, $"{url}/orders/YZ-GZ-1/submission", new { description = "再次提交" }), HttpStatusCode.Conflict);
        Assert.Equal("closed", (await GetJsonAsync(regulator, url)).GetProperty("status").GetString());

        var after = await GetJsonAsync(company, $"/api/v1/enterprises/{id}");
        Assert.Equal(0, after.GetProperty("openOrders").GetInt32());
        var list = await GetJsonAsync(regulator, $"/api/v1/enterprises/{id}/inspections");
        Assert.Equal(2, list.GetProperty("count").GetInt32());
        Assert.Equal(Day(today), list.GetProperty("lastPostalInspectionOn").GetString());

        var kinds = (await EvidenceKindsAsync(company, id)).Where(k => k.StartsWith("inspection.", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "inspection.opened", "inspection.checklist", "inspection.finding", "inspection.order-issued", "inspection.order-issued",
                "inspection.order-submitted", "inspection.order-submitted", "inspection.opened", "inspection.order-verified",
                "inspection.order-verified", "inspection.closed",
            ],
            kinds);
    }
}
