using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Cli.Tests.Import;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1 (Kestrel, random port) that records every request and answers as told:
/// the network boundary `chub import` talks across, standing in until the hub's people API exists.
/// </summary>
internal sealed class HubRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private HubRecorder(WebApplication app) => _app = app;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Status and problem-details body for a request; 201 with no body unless set.</summary>
    public Func<RecordedRequest, (int Status, string? ProblemJson)> Respond { get; set; } = _ => (201, null);

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
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType,
            await reader.ReadToEndAsync());
        _requests.Enqueue(request);
        var (status, problem) = Respond(request);
        context.Response.StatusCode = status;
        if (problem is not null)
        {
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync(problem);
        }
    }
}
