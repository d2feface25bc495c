namespace ComplianceHub.Reports.Layout;

/// <summary>
/// A box in the document's flow with its pagination hints: space above it (dropped at the top of
/// a page), whether it must share a page with the next item (headings, table headers), and the
/// header row to repeat above it when it lands at the top of a new page (table body rows), and
/// whether it must start a new page.
/// </summary>
public sealed record FlowItem(LayoutBox Box, float SpaceBefore = 0, bool KeepWithNext = false, LayoutBox? RepeatHeader = null, bool BreakBefore = false);
