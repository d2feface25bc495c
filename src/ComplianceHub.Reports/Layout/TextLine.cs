namespace ComplianceHub.Reports.Layout;

/// <summary>One laid-out line of text and its advance width in points.</summary>
public sealed record TextLine(string Text, float Width);
