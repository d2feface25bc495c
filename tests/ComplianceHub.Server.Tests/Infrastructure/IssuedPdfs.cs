using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ComplianceHub.Server.Reports;
using UglyToad.PdfPig;

namespace ComplianceHub.Server.Tests.Infrastructure;

/// <summary>
/// What every report test checks the same way: the answer is an issued PDF, its text can be read back,
/// and the bytes verify anonymously against the report id the hub recorded.
/// </summary>
public static class IssuedPdfs
{
    /// <summary>A PDF as issued: its bytes, the report id from the answer's header, its text flattened (PdfPig letters) and its page count.</summary>
    public sealed record Printed(byte[] Bytes, string ReportId, string Text, int Pages);

    public static async Task<Printed> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var reportId = response.Headers.GetValues("X-Report-Id").Single();
        using var document = PdfDocument.Open(bytes);
        var text = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        return new Printed(bytes, reportId, text, document.NumberOfPages);
    }

    /// <summary>Posts the bytes to the anonymous verify endpoint and requires them to match; returns the record for further checks.</summary>
    public static async Task<ReportVerification> VerifyAsync(HubFactory hub, Printed pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(pdf);
        using var content = new ByteArrayContent(pdf.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var response = await hub.CreateClient().PostAsync($"/api/v1/reports/{pdf.ReportId}/verify", content, cancellationToken);
        var verified = await response.Content.ReadFromJsonAsync<ReportVerification>(cancellationToken);
        Assert.True(verified!.Matches);
        return verified;
    }
}
