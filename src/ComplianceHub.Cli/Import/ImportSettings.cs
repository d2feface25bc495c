namespace ComplianceHub.Cli.Import;

/// <summary>The shared options of one <c>chub import</c> run, as given.</summary>
internal sealed record ImportSettings(string File, string Enterprise, string Hub, string? Token, bool DryRun)
{
    /// <summary>An HttpClient for the hub, or null (and a reason) when <see cref="Hub"/> is not an http(s) URL.</summary>
    public HttpClient? CreateHttpClient(out string? error)
    {
        error = null;
        if (!Uri.TryCreate(Hub, UriKind.Absolute, out var hub) || hub.Scheme is not ("http" or "https"))
        {
            error = $"--hub 不是 http(s) 地址 is not an http(s) URL: {Hub}";
            return null;
        }

        // A trailing slash keeps the hub's own path prefix (https://host/prefix/) when relative paths are resolved.
        var baseAddress = hub.AbsoluteUri.EndsWith('/') ? hub : new Uri(hub.AbsoluteUri + "/");
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(100) };
        if (Token is { Length: > 0 } token)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}
