namespace ComplianceHub.Reports.Layout;

/// <summary>How a table or key-value row is boxed: background (0 = none), grid lines, inner padding.</summary>
public sealed record RowStyle(uint Background = 0, bool Grid = true, float Padding = 4, uint GridArgb = 0xFFB0B0B0)
{
    public static RowStyle Header { get; } = new(Background: 0xFFE8EDF3);

    public static RowStyle Body { get; } = new();

    public static RowStyle BodyShaded { get; } = new(Background: 0xFFF7F9FB);

    public static RowStyle KeyValue { get; } = new(Grid: false, Padding: 2.5f);
}
