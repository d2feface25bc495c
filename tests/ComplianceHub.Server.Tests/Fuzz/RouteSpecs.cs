using System.Text.Json.Nodes;
using ComplianceHub.Server.Tests.Inspections;

namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>
/// Every route of the OpenAPI document, keyed "METHOD template", with an acceptable request built against an
/// <see cref="ApiWorld"/> (fresh ids from the unique suffix) and its access policy. A route the document lists and this
/// table does not fails the fuzz and access-matrix tests: a new route must say who may call it and what it accepts.
/// </summary>
public static class RouteSpecs
{
    private static string Deadline => InspectionApi.Day(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));

    public static IReadOnlyDictionary<string, RouteSpec> All { get; } = new Dictionary<string, RouteSpec>(StringComparer.Ordinal)
    {
        ["GET /health/live"] = Get(AccessPolicy.Anonymous, _ => "/health/live"),
        ["GET /health/ready"] = Get(AccessPolicy.Anonymous, _ => "/health/ready"),
        ["GET /dev/token"] = Get(AccessPolicy.Anonymous, _ => "/dev/token?role=enterprise&enterprise=91330782MA2000001K"),
        ["GET /api/v1/reports/{reportId}/verify"] = Get(AccessPolicy.Anonymous, w => $"/api/v1/reports/{w.ReportId}/verify"),
        ["POST /api/v1/reports/{reportId}/verify"] = new(AccessPolicy.Anonymous, (w, _) => Task.FromResult(
            new RouteRequest("POST", $"/api/v1/reports/{w.ReportId}/verify", null, "%PDF-1.7 not the report"u8.ToArray(), "application/pdf"))),

        ["GET /api/v1/enterprises/{id}"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}"),
        ["GET /api/v1/enterprises/{id}/evidence/log"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}/evidence/log?from=1"),
        ["GET /api/v1/evidence/keys"] = Get(AccessPolicy.Anonymous, _ => "/api/v1/evidence/keys"),
        ["GET /api/v1/enterprises/{id}/evidence/tree-head"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}/evidence/tree-head"),
        ["GET /api/v1/enterprises/{id}/evidence/proofs/inclusion"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}/evidence/proofs/inclusion?seq=1"),
        ["GET /api/v1/enterprises/{id}/evidence/proofs/consistency"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}/evidence/proofs/consistency?from=1"),
        ["POST /api/v1/enterprises/{id}/evidence/bundles"] = Body(AccessPolicy.ExportEvidence, "POST", (w, _) => $"/api/v1/enterprises/{w.EnterpriseId}/evidence/bundles", (_, u) => new JsonObject
        {
            ["from"] = 1, ["caseNumber"] = "案-" + u, ["reason"] = "核查 " + u,
        }),

        // A county of its own (浦江, under 3307), so the timeline examines a few enterprises, not every test's.
        ["GET /api/v1/jurisdictions/{code}/inaction-timeline"] = Get(AccessPolicy.ProsecuteDivision, _ => "/api/v1/jurisdictions/330726/inaction-timeline"),
        ["GET /api/v1/jurisdictions/{code}/inaction-timeline.pdf"] = Get(AccessPolicy.ProsecuteDivision, _ => "/api/v1/jurisdictions/330726/inaction-timeline.pdf"),
        ["GET /api/v1/enterprises/{id}/labels"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}/labels"),
        ["GET /api/v1/enterprises/{id}/findings"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}/findings"),
        ["GET /api/v1/enterprises/{id}/self-assessment.pdf"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}/self-assessment.pdf"),
        ["GET /api/v1/enterprises/{id}/inspections"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/enterprises/{w.EnterpriseId}/inspections"),
        ["GET /api/v1/inspections/{id}"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/inspections/{w.InspectionId}"),
        ["GET /api/v1/inspections/{id}/report.pdf"] = Get(AccessPolicy.ReadEnterprise, w => $"/api/v1/inspections/{w.InspectionId}/report.pdf"),

        ["GET /api/v1/enterprises"] = Get(AccessPolicy.ReadDivision, _ => "/api/v1/enterprises?division=3307"),
        ["GET /api/v1/jurisdictions/{code}"] = Get(AccessPolicy.ReadDivision, _ => "/api/v1/jurisdictions/330782"),
        ["GET /api/v1/jurisdictions/{code}/inspection-plan"] = Get(AccessPolicy.ReadDivision, _ => "/api/v1/jurisdictions/330782/inspection-plan?limit=5"),
        ["GET /api/v1/jurisdictions/{code}/report.pdf"] = Get(AccessPolicy.ReadDivision, _ => "/api/v1/jurisdictions/330782/report.pdf"),
        ["GET /api/v1/brands/{brandId}"] = Get(AccessPolicy.ReadBrand, w => $"/api/v1/brands/{w.BrandId}"),

        ["PUT /api/v1/enterprises/{id}"] = Body(AccessPolicy.Register, "PUT", (w, _) => $"/api/v1/enterprises/{w.EnterpriseId}", (w, u) => new JsonObject
        {
            ["name"] = $"中通快递义乌稠城网点{u[..4]}", ["kind"] = "courier-outlet", ["division"] = "330782", ["brandId"] = w.BrandId,
        }),
        ["POST /api/v1/enterprises/{id}/label-batches"] = Body(AccessPolicy.SubmitData, "POST", (w, _) => $"/api/v1/enterprises/{w.EnterpriseId}/label-batches", (_, u) => new JsonObject
        {
            ["batchId"] = $"fz-{u}", ["date"] = ApiWorld.Today, ["printed"] = 200 + Vary(u), ["masked"] = 180,
            ["samples"] = new JsonArray(
                new JsonObject { ["id"] = "s1", ["name"] = "王*", ["phone"] = "138******78", ["address"] = "义乌市人民路12号3幢****" },
                new JsonObject { ["id"] = "s2", ["name"] = "李小明", ["phone"] = "138****5678", ["address"] = "义乌市人民路12号3幢2单元301室" }),
        }),
        ["PUT /api/v1/enterprises/{id}/staff"] = Body(AccessPolicy.SubmitData, "PUT", (w, _) => $"/api/v1/enterprises/{w.EnterpriseId}/staff", (_, u) => new JsonObject
        {
            ["batchId"] = $"fz-{u}", ["asOf"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
            ["staff"] = new JsonArray(new JsonObject
            {
                ["staffId"] = "S1", ["role"] = "快递员", ["account"] = "acc-1", ["joinedOn"] = "2024-01-01", ["handlesPersonalInfo"] = true, ["crowdsourced"] = false,
                ["nda"] = new JsonObject { ["signedOn"] = "2024-01-01", ["expiresOn"] = $"2027-01-{1 + (Vary(u) % 28):D2}" },
            }),
        }),
        ["POST /api/v1/enterprises/{id}/trainings"] = Body(AccessPolicy.SubmitData, "POST", (w, _) => $"/api/v1/enterprises/{w.EnterpriseId}/trainings", (_, u) => new JsonObject
        {
            ["batchId"] = $"fz-{u}", ["heldOn"] = ApiWorld.Today, ["hours"] = 1 + (Vary(u) % 8), ["topic"] = "寄递用户个人信息保护", ["staffIds"] = new JsonArray("S1"),
        }),
        ["POST /api/v1/enterprises/{id}/access-logs"] = Body(AccessPolicy.SubmitData, "POST", (w, _) => $"/api/v1/enterprises/{w.EnterpriseId}/access-logs", (_, u) => new JsonObject
        {
            ["batchId"] = $"fz-{u}",
            ["records"] = new JsonArray(new JsonObject
            {
                ["account"] = "acc-1", ["at"] = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("O"), ["action"] = "query", ["waybillOutlet"] = "YW001", ["count"] = 1 + Vary(u),
            }),
        }),
        ["POST /api/v1/enterprises/{id}/incidents"] = Body(AccessPolicy.SubmitData, "POST", (w, _) => $"/api/v1/enterprises/{w.EnterpriseId}/incidents", (_, u) => new JsonObject
        {
            ["incidentId"] = $"INC-{u}", ["kind"] = "leak", ["grade"] = "general", ["detectedAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"), ["recordsAffected"] = 12 + Vary(u),
        }),
        ["PATCH /api/v1/enterprises/{id}/incidents/{incidentId}"] = Body(AccessPolicy.SubmitData, "PATCH", (w, _) => $"/api/v1/enterprises/{w.EnterpriseId}/incidents/INC-1", (_, _) => new JsonObject
        {
            ["containedAt"] = DateTimeOffset.UtcNow.AddMinutes(-30).ToString("O"),
        }),

        ["POST /api/v1/inspections"] = Body(AccessPolicy.PostalInspector, "POST", (_, _) => "/api/v1/inspections", (w, u) => new JsonObject
        {
            ["inspectionId"] = Guid.NewGuid().ToString("D"), ["enterpriseId"] = w.EnterpriseId, ["authority"] = "postal", ["kind"] = "on-site", ["plannedOn"] = InspectionApi.Day(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-(Vary(u) % 20))),
        }),
        ["PUT /api/v1/inspections/{id}/checklist"] = Body(AccessPolicy.PostalInspector, "PUT", (w, _) => $"/api/v1/inspections/{w.InspectionId}/checklist", (_, u) => new JsonObject
        {
            ["answers"] = new JsonArray(new JsonObject { ["itemId"] = "P-PRINT-ROOM", ["answer"] = "partly", ["note"] = $"打印室门禁记录缺失 {u[..4]}" }),
        }),
        ["POST /api/v1/inspections/{id}/findings"] = Body(AccessPolicy.PostalInspector, "POST", (w, _) => $"/api/v1/inspections/{w.InspectionId}/findings", (_, u) => new JsonObject
        {
            ["findingId"] = $"F-{u}", ["text"] = $"抽查面单 {20 + Vary(u)} 张，3 张电话仅隐藏 4 位", ["ruleIds"] = new JsonArray(), ["checklistItemId"] = null,
        }),
        ["POST /api/v1/inspections/{id}/orders"] = Body(AccessPolicy.PostalInspector, "POST", (w, _) => $"/api/v1/inspections/{w.InspectionId}/orders", (_, u) => new JsonObject
        {
            ["orderId"] = $"O-{u}", ["requirement"] = $"全部面单使用隐私面单模板（第 {1 + Vary(u)} 项）", ["legalBasis"] = "GB/T 41833-2022《快递电子运单》", ["deadline"] = Deadline,
        }),
        ["POST /api/v1/inspections/{id}/orders/{orderId}/submission"] = Body(AccessPolicy.SubmitRectification, "POST", (w, _) => $"/api/v1/inspections/{w.InspectionId}/orders/O-1/submission", (_, u) => new JsonObject
        {
            ["description"] = $"已更换隐私面单模板 {u[..4]}", ["documentSha256"] = new string('a', 64),
        }),
        ["POST /api/v1/inspections/{id}/orders/{orderId}/verification"] = Body(AccessPolicy.PostalInspector, "POST", (w, _) => $"/api/v1/inspections/{w.InspectionId}/orders/O-1/verification", (w, _) => new JsonObject
        {
            ["followUpInspectionId"] = w.FollowUpId, ["note"] = "复查合格",
        }),
        ["POST /api/v1/inspections/{id}/close"] = new(AccessPolicy.PostalInspector, async (w, _) =>
            new RouteRequest("POST", $"/api/v1/inspections/{await w.NewInspectionAsync()}/close", null)),
    };

    /// <summary>The spec of a route by its OpenAPI key (a trailing slash, as the document writes a group's root, is ignored).</summary>
    public static RouteSpec? Find(OpenApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return All.GetValueOrDefault(route.Key.TrimEnd('/'));
    }

    /// <summary>A small number that differs between unique suffixes (they end in hex), so two builds differ in content, not only in id.</summary>
    public static int Vary(string unique) => Convert.ToInt32(unique[^2..], 16);

    private static RouteSpec Get(AccessPolicy policy, Func<ApiWorld, string> path) =>
        new(policy, (w, _) => Task.FromResult(new RouteRequest("GET", path(w), null)));

    private static RouteSpec Body(AccessPolicy policy, string method, Func<ApiWorld, string, string> path, Func<ApiWorld, string, JsonObject> body) =>
        new(policy, (w, u) => Task.FromResult(new RouteRequest(method, path(w, u), body(w, u))));
}
