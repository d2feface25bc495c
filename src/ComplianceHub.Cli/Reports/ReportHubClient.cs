using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Cli.Hub;
using ComplianceHub.Cli.Import;

namespace ComplianceHub.Cli.Reports;

/// <summary>
/// The hub's report endpoints over an <see cref="HttpClient"/> whose BaseAddress is the hub; every failure comes
/// back as a <see cref="HubFailure"/> (<see cref="HubExchange"/>).
/// </summary>
internal sealed class ReportHubClient(HttpClient http)
{
    /// <summary>GET of an issued-report endpoint (relative to the hub), e.g. <c>api/v1/enterprises/ID/self-assessment.pdf</c>.</summary>
    public Task<(IssuedPdf? Pdf, HubFailure? Failure)> GetIssuedPdfAsync(string path, CancellationToken cancellationToken) =>
        HubExchange.SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), ReadIssuedPdfAsync, cancellationToken);

    /// <summary><c>POST /api/v1/reports/{id}/verify</c> with the PDF as the body.</summary>
    public Task<(ReportVerificationAnswer? Answer, HubFailure? Failure)> VerifyAsync(string reportId, byte[] pdf, CancellationToken cancellationToken) =>
        HubExchange.SendAsync(
            http,
            () =>
            {
                var content = new ByteArrayContent(pdf);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                return new HttpRequestMessage(HttpMethod.Post, new Uri($"api/v1/reports/{Uri.EscapeDataString(reportId)}/verify", UriKind.Relative))
                {
                    Content = content,
                };
            },
            ReadVerificationAsync,
            cancellationToken);

    private static async Task<(IssuedPdf?, HubFailure?)> ReadIssuedPdfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var reportId = Header(response, "X-Report-Id");
        var sha256 = Header(response, "X-Report-Sha256");
        if (reportId is null || sha256 is null)
        {
            // Not an issued report (a proxy's page, an older hub): without the id and hash it cannot be verified later.
            return (null, new HubFailure(
                (int)response.StatusCode,
                "答复缺少 X-Report-Id / X-Report-Sha256，不是签发的报告 the answer lacks X-Report-Id / X-Report-Sha256: not an issued report",
                new Dictionary<string, string[]>()));
        }

        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        return (new IssuedPdf(bytes, reportId, sha256, fileName?.Trim('"')), null);
    }

    private static async Task<(ReportVerificationAnswer?, HubFailure?)> ReadVerificationAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await response.Content.ReadFromJsonAsync<ReportVerificationAnswer>(ImportJson.Wire, cancellationToken).ConfigureAwait(false);
            if (answer is not null)
            {
                return (answer, null);
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Falls through to the failure below: a 2xx that is not the verification record is not an answer.
        }

        return (null, new HubFailure((int)response.StatusCode, "hub 的核验答复无法读取 the hub's verification answer could not be read", new Dictionary<string, string[]>()));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
