namespace ComplianceHub.Reports.Layout;

/// <summary>A box at its place on a page: <see cref="Top"/> is measured from the content area's top.</summary>
public sealed record PlacedBox(LayoutBox Box, float Top);
