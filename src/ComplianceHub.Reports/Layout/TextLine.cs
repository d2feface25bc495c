namespace ComplianceHub.Reports.Layout;

/// <summary>One laid-out line of text and its advance width in points.</summary>
/// <param name="GlyphX">
/// Where each glyph (UTF-16 chars, the second half of a surrogate pair skipped) starts, relative to the line's
/// start, when the line's advances differ from the font's (adjacent full-width punctuation compressed); null when
/// the font's own advances place every glyph.
/// </param>
public sealed record TextLine(string Text, float Width, float[]? GlyphX = null);
