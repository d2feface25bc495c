using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Cli.Tests.Reports;

/// <summary>
/// A loopback HTTP endpoint (Kestrel, random port) that answers report requests as told and records them: for the
/// paths the real hub cannot be made to take cheaply (a corrupted download, a 5xx). The real hub is exercised by
/// ComplianceHub.Server.Tests' ReportCliTests.
/// </summary>
internal sealed class ReportHubStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private ReportHubStub(WebApplication app) => _app = app;

    /// <summary>Each request as "METHOD path?query Authorization".</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public Func<HttpContext, Task> Respond { get; set; } = context =>
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    };

    public string Url => _app.Urls.First();

    public static async Task<ReportHubStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ReportHubStub(app);
        app.Run(context =>
        {
            stub._requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} {context.Request.Headers.Authorization}");
            return stub.Respond(context);
        });
        await app.StartAsync();
        return stub;
    }

    /// <summary>Answers with <paramref name="pdf"/> as an issued report whose recorded hash is <paramref name="sha256"/>.</summary>
    public static Func<HttpContext, Task> Issued(byte[] pdf, string reportId, string sha256) => async context =>
    {
        context.Response.ContentType = "application/pdf";
        context.Response.Headers["X-Report-Id"] = reportId;
        context.Response.Headers["X-Report-Sha256"] = sha256;
        context.Response.Headers.ContentDisposition = "attachment; filename=report.pdf";
        await context.Response.Body.WriteAsync(pdf);
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
