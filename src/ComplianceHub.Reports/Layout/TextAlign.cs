namespace ComplianceHub.Reports.Layout;

/// <summary>Horizontal alignment of text within its column.</summary>
public enum TextAlign
{
    Left,
    Center,
    Right,
}
