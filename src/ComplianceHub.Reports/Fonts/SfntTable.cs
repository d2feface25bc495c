namespace ComplianceHub.Reports.Fonts;

/// <summary>One table of an OpenType face: its four-letter tag and its bytes.</summary>
internal sealed record SfntTable(string Tag, ReadOnlyMemory<byte> Data);
