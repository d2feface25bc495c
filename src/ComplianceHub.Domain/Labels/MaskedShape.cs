namespace ComplianceHub.Domain.Labels;

/// <summary>
/// The shape of a printed field with its content erased, e.g. 138****5678 → ddd****dddd, 张三 → XX.
/// The hub keeps only this of a violating sample (DOMAIN.md: it must never store a full name,
/// phone or address), yet the shape still shows how the field was masked.
/// </summary>
public static class MaskedShape
{
    public static string Of(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        // A surrogate pair is one printed character (e.g. a rare surname), so it becomes one X.
        Span<char> shape = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            shape[length++] = ShapeOf(c);
        }

        return new string(shape[..length]);
    }

    private static char ShapeOf(char c) => c switch
    {
        _ when LabelChars.IsDigit(c) => 'd',
        _ when LabelChars.IsMask(c) => c,
        ' ' or '-' or '+' or '(' or ')' or '·' => c,
        _ => 'X',
    };
}
