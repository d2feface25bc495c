namespace ComplianceHub.Server.Reports;

/// <summary>
/// The public address printed and QR-coded on every issued report (<c>Reports:BaseUrl</c>). It comes from
/// configuration only, never from the request: a Host header chosen by the caller would otherwise put a genuine,
/// verifiable report into circulation whose verification link leads to the caller's own site.
/// </summary>
public sealed class ReportBaseUrl
{
    public const string Key = "Reports:BaseUrl";

    public ReportBaseUrl(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[Key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return;
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{Key} 须为 http(s) 绝对地址，不带查询串 ({Key} must be an absolute http(s) URL without a query).");
        }

        Value = configured.TrimEnd('/');
    }

    /// <summary>The configured address without a trailing slash, or null when none is configured.</summary>
    public string? Value { get; }
}
