using System.Globalization;

namespace ComplianceHub.Server.Http;

/// <summary>What free text a client sends may not contain.</summary>
public static class TextRules
{
    /// <summary>
    /// Control characters, and the invisible format characters (bidi overrides, zero-width) that make
    /// a name display as something other than what is stored: both would corrupt reports.
    /// </summary>
    public static bool HasControlCharacters(string text)
    {
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return true;
            }
        }

        return false;
    }
}
