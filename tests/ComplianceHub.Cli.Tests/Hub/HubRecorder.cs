using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Cli.Tests.Hub;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1 (Kestrel, random port) that records every request and answers as told: the
/// network boundary the CLI talks across, for the answers the real hub cannot be made to give cheaply (a 5xx, a
/// corrupted download, a problem naming rows). The real hub is exercised by ComplianceHub.Server.Tests.
/// </summary>
internal sealed class HubRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private HubRecorder(WebApplication app) => _app = app;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The answer to each request; 201 with no body unless set.</summary>
    public Func<RecordedRequest, IResult> Respond { get; set; } = _ => Results.StatusCode(StatusCodes.Status201Created);

    public string Url => _app.Urls.First();

    public static async Task<HubRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var recorder = new HubRecorder(app);
        app.Run(recorder.HandleAsync);
        await app.StartAsync();
        return recorder;
    }

    /// <summary>A problem-details answer with the given status.</summary>
    public static IResult Problem(int status, string json) => Results.Text(json, "application/problem+json", statusCode: status);

    /// <summary>Answers with <paramref name="pdf"/> as an issued report whose recorded hash is <paramref name="sha256"/>.</summary>
    public static IResult Issued(byte[] pdf, string reportId, string sha256) => new IssuedReportAnswer(pdf, reportId, sha256);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType,
            await reader.ReadToEndAsync());
        _requests.Enqueue(request);
        await Respond(request).ExecuteAsync(context);
    }

    private sealed class IssuedReportAnswer(byte[] pdf, string reportId, string sha256) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "application/pdf";
            httpContext.Response.Headers["X-Report-Id"] = reportId;
            httpContext.Response.Headers["X-Report-Sha256"] = sha256;
            httpContext.Response.Headers.ContentDisposition = "attachment; filename=report.pdf";
            await httpContext.Response.Body.WriteAsync(pdf);
        }
    }
}
