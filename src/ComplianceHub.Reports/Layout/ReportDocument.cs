namespace ComplianceHub.Reports.Layout;

/// <summary>
/// A document to render: its metadata, the running header texts and its blocks in reading order.
/// Build it from a read-only snapshot; rendering reads it twice (measure, then draw).
/// </summary>
public sealed class ReportDocument
{
    public required string Title { get; init; }

    public required string Author { get; init; }

    public string? Subject { get; init; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Text at the top left of every page; the title when not set.</summary>
    public string? HeaderLeft { get; init; }

    /// <summary>Text at the top right of every page (e.g. the issuing office or report number).</summary>
    public string? HeaderRight { get; init; }

    public PageSetup Page { get; init; } = PageSetup.A4;

    public IList<Block> Blocks { get; } = [];
}
