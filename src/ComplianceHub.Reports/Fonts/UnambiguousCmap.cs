namespace ComplianceHub.Reports.Fonts;

/// <summary>
/// A cmap in which, for every glyph, the lowest code point mapped to it is the one report text
/// means (see <see cref="CodePointPreference"/>): code points below the preferred one are dropped,
/// and text containing them is rewritten to the preferred one before it is laid out, so what a
/// reader extracts from the PDF equals the text that was drawn.
/// </summary>
internal sealed class UnambiguousCmap
{
    private UnambiguousCmap(SortedDictionary<int, ushort> map, Dictionary<int, int> substitutions)
    {
        Map = map;
        Substitutions = substitutions;
    }

    public SortedDictionary<int, ushort> Map { get; }

    /// <summary>Dropped code point → the code point drawn instead (same glyph).</summary>
    public IReadOnlyDictionary<int, int> Substitutions { get; }

    public static UnambiguousCmap From(IReadOnlyDictionary<int, ushort> original)
    {
        var map = new SortedDictionary<int, ushort>();
        var substitutions = new Dictionary<int, int>();
        foreach (var sharing in original.GroupBy(p => p.Value, p => p.Key))
        {
            var preferred = sharing
                .OrderBy(CodePointPreference.Rank)
                .ThenBy(c => c)
                .First();
            foreach (var codePoint in sharing)
            {
                if (codePoint < preferred)
                {
                    substitutions[codePoint] = preferred;
                }
                else
                {
                    map[codePoint] = sharing.Key;
                }
            }
        }

        return new UnambiguousCmap(map, substitutions);
    }
}
