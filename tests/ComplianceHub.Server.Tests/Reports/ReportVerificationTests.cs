using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using ComplianceHub.Server.Reports;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Server.Tests.Reports;

/// <summary>The verification URL on a report confirms the issued bytes and rejects a copy with one byte altered.</summary>
public sealed class ReportVerificationTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<ReportVerification> PostAsync(HttpClient client, string reportId, byte[] pdf)
    {
        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var response = await client.PostAsync($"/api/v1/reports/{reportId}/verify", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReportVerification>(Ct))!;
    }

    [Fact]
    public async Task An_issued_report_verifies_byte_for_byte_and_its_hash_is_in_the_evidence_log()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        var pdf = RandomNumberGenerator.GetBytes(20_000);
        var reportId = ReportIds.New();
        var issuer = hub.Services.GetRequiredService<ReportIssuer>();

        var issued = await issuer.IssueAsync(reportId, "self-assessment", id, snapshotSeq: 1, pdf, "admin:test", Ct);

        var anonymous = hub.CreateClient();
        var record = (await anonymous.GetFromJsonAsync<ReportVerification>($"/api/v1/reports/{reportId}/verify", Ct))!;
        Assert.Equal((issued.Sha256, 20_000L, id, "self-assessment"), (record.IssuedSha256, record.IssuedBytes, record.Subject, record.Kind));
        Assert.Null(record.Matches);

        var same = await PostAsync(anonymous, reportId, pdf);
        Assert.True(same.Matches);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), same.SubmittedSha256);

        var altered = (byte[])pdf.Clone();
        altered[12_345] ^= 0x01;
        Assert.False((await PostAsync(anonymous, reportId, altered)).Matches);

        var log = await admin.GetStringAsync($"/api/v1/enterprises/{id}/evidence/log?from={issued.EvidenceSeq}", Ct);
        Assert.Contains("report.issued", log, StringComparison.Ordinal);
        Assert.Contains(issued.Sha256, log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-report-id", HttpStatusCode.BadRequest)]
    [InlineData("0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound)]
    public async Task Unknown_or_malformed_report_ids_are_4xx(string reportId, HttpStatusCode expected)
    {
        var response = await hub.CreateClient().GetAsync($"/api/v1/reports/{reportId}/verify", Ct);

        Assert.Equal(expected, response.StatusCode);
    }
}
