using System.Diagnostics;
using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ComplianceHub.Storage.Diagnostics;

/// <summary>
/// Times every request the storage clients send (each retry on its own: this is storage latency, not the caller's)
/// into <see cref="HubMetrics.StorageRequestDuration"/>. The table or container is read from the URL up to its key
/// predicate, and only when it looks like a storage resource name, so keys (enterprise ids) never become a tag.
/// </summary>
public sealed class StorageRequestMetricsPolicy : HttpPipelinePolicy
{
    public static readonly StorageRequestMetricsPolicy Table = new("table");

    public static readonly StorageRequestMetricsPolicy Blob = new("blob");

    private readonly string _service;

    private StorageRequestMetricsPolicy(string service) => _service = service;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            ProcessNext(message, pipeline);
            Record(message, started, null);
        }
        catch (Exception e)
        {
            Record(message, started, e);
            throw;
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            Record(message, started, null);
        }
        catch (Exception e)
        {
            Record(message, started, e);
            throw;
        }
    }

    private void Record(HttpMessage message, long started, Exception? failure)
    {
        if (!HubMetrics.StorageRequestDuration.Enabled)
        {
            return;
        }

        var uri = message.Request.Uri;
        var tags = new TagList
        {
            { "chub.storage.service", _service },
            { "chub.storage.resource", Resource(uri.Host ?? "", uri.Path) },
            { "http.request.method", message.Request.Method.Method },
        };
        if (failure is null && message.HasResponse)
        {
            tags.Add("http.response.status_code", message.Response.Status);
        }
        else
        {
            tags.Add("error.type", failure?.GetType().FullName ?? "no-response");
        }

        HubMetrics.StorageRequest(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    /// <summary>
    /// The first path segment (the second for an emulator or IP address, whose URLs carry the account first), cut
    /// at a key predicate <c>(</c>; anything that is not a plain resource name is "other".
    /// </summary>
    internal static string Resource(string host, string path)
    {
        var segments = path.AsSpan().TrimStart('/');
        if (host == "localhost" || IPAddress.TryParse(host, out _))
        {
            var slash = segments.IndexOf('/');
            segments = slash < 0 ? [] : segments[(slash + 1)..];
        }

        var end = segments.IndexOfAny('/', '(');
        var name = end < 0 ? segments : segments[..end];
        if (name.IsEmpty || name.Length > 63)
        {
            return "other";
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '$'))
            {
                return "other";
            }
        }

        return name.ToString();
    }
}
