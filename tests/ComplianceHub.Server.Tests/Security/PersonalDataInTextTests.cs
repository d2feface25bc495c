using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Server.Tests.Inspections;
using static ComplianceHub.Server.Tests.Security.SecurityApi;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>
/// The evidence log is permanent, so a mobile or identity number is refused in every id and free-text field, in any
/// spacing, full-width or with +86, with a 400 naming the field that never echoes the number; and invisible
/// characters (zero-width, bidi overrides, BOM) are refused in every text field.
/// </summary>
public sealed class PersonalDataInTextTests(HubFactory hub)
{
    private const string IdentityNumber = "11010519491231002X";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One mobile number written four ways; each must be refused wherever it is sent.</summary>
    public static TheoryData<string> Phones => new() { "13912345678", "139 1234 5678", "＋86 139-1234-5678", "１３９１２３４５６７８" };

    [Theory]
    [MemberData(nameof(Phones))]
    public async Task A_mobile_number_is_refused_in_every_text_field(string phone)
    {
        var (id, company, admin, inspection, postal) = await InspectedEnterpriseAsync();
        var before = await EvidenceSeqAsync(admin, id);

        await RefusedAsync(company.PostAsJsonAsync($"/api/v1/enterprises/{id}/trainings",
            new { batchId = "t-1", heldOn = Today, hours = 2, topic = $"面单保护，联系人 {phone}", staffIds = new[] { "S1" } }, Ct), "topic", phone);
        await RefusedAsync(company.PutJsonAsync($"/api/v1/enterprises/{id}/staff", new
        {
            batchId = "r-1", asOf = DateTimeOffset.UtcNow, staff = new[] { new { staffId = "S1", role = $"快递员{phone}", joinedOn = "2024-01-01", handlesPersonalInfo = true } },
        }), "staff[0].role", phone);
        await RefusedAsync(postal.PostAsJsonAsync($"{inspection}/findings", new { findingId = "F-1", text = $"现场发现面单完整号码 {phone}", ruleIds = Array.Empty<string>() }, Ct), "text", phone);
        await RefusedAsync(postal.PutAsJsonAsync($"{inspection}/checklist", new { answers = new[] { new { itemId = "P-PRINT-ROOM", answer = "no", note = $"举报人 {phone}" } } }, Ct), "answers[0].note", phone);
        await RefusedAsync(postal.PostAsJsonAsync($"{inspection}/orders", new { orderId = "O-1", requirement = $"联系 {phone} 整改", legalBasis = "《快递暂行条例》", deadline = InspectionApi.Day(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)) }, Ct), "requirement", phone);
        await RefusedAsync(admin.PutJsonAsync($"/api/v1/enterprises/{id}", new { name = $"快递网点{phone}", kind = "courier-outlet", division = "330782" }), "name", phone);

        Assert.Equal(before, await EvidenceSeqAsync(admin, id));
    }

    [Fact]
    public async Task A_mobile_number_is_refused_in_every_id()
    {
        const string phone = "13912345678";
        var (id, company, admin, inspection, postal) = await InspectedEnterpriseAsync();
        var before = await EvidenceSeqAsync(admin, id);
        var noSamples = Array.Empty<object>();

        await RefusedAsync(company.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", new { batchId = $"b-{phone}", date = Today, printed = 5, masked = 5, samples = noSamples }, Ct), "batchId", phone);
        await RefusedAsync(company.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            new { batchId = "b-ok", date = Today, printed = 5, masked = 5, samples = new[] { new { id = $"s{phone}", name = "王*", phone = "139******78", address = "人民路1号****" } } }, Ct),
            "samples[0].id", phone);
        await RefusedAsync(company.PostAsJsonAsync($"/api/v1/enterprises/{id}/incidents",
            new { incidentId = $"INC-{phone}", kind = "leak", grade = "yiban", detectedAt = DateTimeOffset.UtcNow.AddHours(-1), recordsAffected = 1 }, Ct), "incidentId", phone);
        await RefusedAsync(company.PutJsonAsync($"/api/v1/enterprises/{id}/staff", new
        {
            batchId = "r-1", asOf = DateTimeOffset.UtcNow, staff = new[] { new { staffId = $"S{phone}", role = "快递员", joinedOn = "2024-01-01", handlesPersonalInfo = true } },
        }), "staff[0].staffId", phone);
        await RefusedAsync(company.PostAsJsonAsync($"/api/v1/enterprises/{id}/access-logs", new
        {
            batchId = "a-1", records = new[] { new { account = phone, at = DateTimeOffset.UtcNow.AddMinutes(-5), action = "query", waybillOutlet = "YW001", count = 1 } },
        }, Ct), "records[0].account", phone);
        await RefusedAsync(postal.PostAsJsonAsync($"{inspection}/findings", new { findingId = $"F-{phone}", text = "面单未脱敏", ruleIds = Array.Empty<string>() }, Ct), "findingId", phone);
        await RefusedAsync(postal.PostAsJsonAsync($"{inspection}/orders",
            new { orderId = $"O-{phone}", requirement = "整改", legalBasis = "《快递暂行条例》", deadline = InspectionApi.Day(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)) }, Ct), "orderId", phone);

        Assert.Equal(before, await EvidenceSeqAsync(admin, id));
    }

    [Fact]
    public async Task An_identity_number_is_refused_but_an_order_number_of_the_same_length_is_not()
    {
        var (id, _, admin, inspection, postal) = await InspectedEnterpriseAsync();

        await RefusedAsync(postal.PostAsJsonAsync($"{inspection}/findings", new { findingId = "F-ID", text = $"面单印有身份证号 {IdentityNumber}", ruleIds = Array.Empty<string>() }, Ct), "text", IdentityNumber);
        var wrongCheckDigit = IdentityNumber[..17] + "1";
        var accepted = await postal.PostAsJsonAsync($"{inspection}/findings", new { findingId = "F-ORDER", text = $"订单号 {wrongCheckDigit} 面单未脱敏", ruleIds = Array.Empty<string>() }, Ct);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.True(await EvidenceSeqAsync(admin, id) > 2);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200F")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\uFEFF")]
    public async Task Invisible_characters_are_refused_in_training_topics_and_staff_roles(string invisible)
    {
        var (id, company, admin, _, _) = await InspectedEnterpriseAsync();
        var before = await EvidenceSeqAsync(admin, id);

        await RefusedAsync(company.PostAsJsonAsync($"/api/v1/enterprises/{id}/trainings",
            new { batchId = "t-inv", heldOn = Today, hours = 2, topic = $"面单{invisible}保护", staffIds = new[] { "S1" } }, Ct), "topic", null);
        await RefusedAsync(company.PutJsonAsync($"/api/v1/enterprises/{id}/staff", new
        {
            batchId = "r-inv", asOf = DateTimeOffset.UtcNow, staff = new[] { new { staffId = "S1", role = $"快递{invisible}员", joinedOn = "2024-01-01", handlesPersonalInfo = true } },
        }), "staff[0].role", null);

        Assert.Equal(before, await EvidenceSeqAsync(admin, id));
    }

    private async Task<(string Id, HttpClient Company, HttpClient Admin, string Inspection, HttpClient Postal)> InspectedEnterpriseAsync()
    {
        var (id, company, admin) = await EnterpriseAsync(hub);
        var roster = await company.PutJsonAsync($"/api/v1/enterprises/{id}/staff", new
        {
            batchId = "r-0", asOf = DateTimeOffset.UtcNow, staff = new[] { new { staffId = "S1", role = "快递员", joinedOn = "2024-01-01", handlesPersonalInfo = true } },
        });
        Assert.Equal(HttpStatusCode.OK, roster.StatusCode);
        var postal = await hub.AsAsync("regulator.postal", "3307");
        var opened = await InspectionApi.OpenAsync(postal, id, "postal", DateOnly.FromDateTime(DateTime.UtcNow));
        return (id, company, admin, $"/api/v1/inspections/{opened.GetProperty("id").GetString()}", postal);
    }

    /// <summary>400 naming <paramref name="field"/> (when given), and the number sent appears nowhere in the answer.</summary>
    private static async Task RefusedAsync(Task<HttpResponseMessage> call, string? field, string? sent)
    {
        var response = await call;
        var body = field is null ? await response.Content.ReadAsStringAsync(Ct) : await ExpectRefusedAsync(response, field);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (sent is not null)
        {
            var digits = new string(sent.Where(char.IsDigit).ToArray());
            Assert.DoesNotContain(sent, body, StringComparison.Ordinal);
            Assert.DoesNotContain(digits[^8..], new string(body.Where(char.IsDigit).ToArray()), StringComparison.Ordinal);
        }
    }
}
