using System.Net.Http.Headers;

namespace ComplianceHub.Cli.Hub;

/// <summary>Where the hub is and who is asking, as given on the command line.</summary>
internal sealed record HubSettings(string Hub, string? Token)
{
    /// <summary>
    /// An HttpClient for the hub over <paramref name="transport"/> (a test passes the in-process hub's handler;
    /// null is the network), or null (and a reason) when <see cref="Hub"/> is not an http(s) URL.
    /// </summary>
    public HttpClient? CreateHttpClient(TimeSpan timeout, Func<HttpMessageHandler>? transport, out string? error)
    {
        error = null;
        if (!Uri.TryCreate(Hub, UriKind.Absolute, out var hub) || hub.Scheme is not ("http" or "https"))
        {
            error = $"--hub 不是 http(s) 地址 is not an http(s) URL: {Hub}";
            return null;
        }

        // A trailing slash keeps the hub's own path prefix (https://host/prefix/) when relative paths are resolved.
        var http = transport is null ? new HttpClient() : new HttpClient(transport(), disposeHandler: true);
        http.BaseAddress = hub.AbsoluteUri.EndsWith('/') ? hub : new Uri(hub.AbsoluteUri + "/");
        http.Timeout = timeout;
        if (Token is { Length: > 0 } token)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}
