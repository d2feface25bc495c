namespace ComplianceHub.Server.Security;

/// <summary>
/// Request budgets (token buckets). Sized for the heaviest honest client (an enterprise system pushing label batches
/// from several workers, the CLI importing), far below what a flood or a scraper sends. The anonymous report
/// verification takes whole PDFs from anyone, so it has the smallest budget.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests per second one token (one caller identity) may sustain.</summary>
    public int PerTokenPerSecond { get; set; } = 100;

    /// <summary>How many requests one token may send at once above its rate.</summary>
    public int PerTokenBurst { get; set; } = 200;

    /// <summary>Requests per second one address may sustain without a valid token (health probes, OpenAPI, dev tokens).</summary>
    public int AnonymousPerSecond { get; set; } = 20;

    public int AnonymousBurst { get; set; } = 40;

    /// <summary>PDF uploads to the anonymous verification endpoint one address may make per minute.</summary>
    public int VerifyUploadsPerMinute { get; set; } = 10;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (PerTokenPerSecond < 1) problems.Add(nameof(PerTokenPerSecond));
        if (PerTokenBurst < 1) problems.Add(nameof(PerTokenBurst));
        if (AnonymousPerSecond < 1) problems.Add(nameof(AnonymousPerSecond));
        if (AnonymousBurst < 1) problems.Add(nameof(AnonymousBurst));
        if (VerifyUploadsPerMinute < 1) problems.Add(nameof(VerifyUploadsPerMinute));
        return problems;
    }
}
