namespace ComplianceHub.Domain.Enterprises;

internal static class Identifiers
{
    // Only ASCII is folded: culture-aware upper-casing would turn e.g. 'ı' into an 'I' and make
    // a foreign character look like an allowed one.
    public static string UpperAscii(string s) =>
        string.Create(s.Length, s, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterLower(c) ? (char)(c - 32) : c;
            }
        });
}
