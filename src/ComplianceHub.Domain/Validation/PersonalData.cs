using System.Buffers;
using System.Globalization;

namespace ComplianceHub.Domain.Validation;

/// <summary>
/// Finds a full mobile number or resident identity number in an id or a piece of free text. The evidence log is
/// permanent, so such a number must be refused at the door rather than stored: whoever types a complainant's
/// phone into a finding or uses a courier's mobile as a batch id would otherwise make the hub the leak.
/// <para>
/// Digits may be full-width or other Unicode decimal digits, and may be grouped by spaces, dashes, dots or
/// underscores (<c>1NN NNNN NNNN</c>, <c>+86-1NN-NNNN-NNNN</c>). A number is recognised only as a whole run of
/// digits: a mobile inside a longer unbroken digit string (an order number) is not one. Grouped candidates need
/// groups of at least three digits (3-4-4, 6-8-4), so ids such as <c>batch-1796000000-5</c> pass.
/// </para>
/// </summary>
public static class PersonalData
{
    private const int MaxGapCharacters = 3;
    private const int MinGroupDigits = 3;
    private const char GroupBreak = '|';
    private const char RunBreak = '#';
    private const char Plus = '+';

    public static PersonalDataKind Find(ReadOnlySpan<char> text)
    {
        if (text.Length < 11)
        {
            return PersonalDataKind.None;
        }

        char[]? rented = null;
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = Normalise(text, buffer);
            var kind = PersonalDataKind.None;
            foreach (var run in buffer[..length].Split(RunBreak))
            {
                kind = FindInRun(buffer[..length][run]);
                if (kind != PersonalDataKind.None)
                {
                    break;
                }
            }

            return kind;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Writes the text as ASCII digits, <c>|</c> between digit groups joined by a short gap of separators,
    /// <c>+</c> for a plus sign and <c>#</c> for anything else; an X right after 17 digits stays (a check character).
    /// </summary>
    private static int Normalise(ReadOnlySpan<char> text, Span<char> output)
    {
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit >= 0)
            {
                output[length++] = (char)('0' + digit);
                i++;
            }
            else if (c is 'X' or 'x' && length > 0 && char.IsAsciiDigit(output[length - 1]) && !(i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                output[length++] = 'X';
                i++;
            }
            else if (c is '+' or '＋')
            {
                output[length++] = Plus;
                i++;
            }
            else if (IsSeparator(c))
            {
                var end = i;
                while (end < text.Length && IsSeparator(text[end]))
                {
                    end++;
                }

                var joins = end - i <= MaxGapCharacters && length > 0 && (char.IsAsciiDigit(output[length - 1]) || output[length - 1] == Plus)
                    && end < text.Length && CharUnicodeInfo.GetDecimalDigitValue(text[end]) >= 0;
                output[length++] = joins ? GroupBreak : RunBreak;
                i = end;
            }
            else
            {
                output[length++] = RunBreak;
                i++;
            }
        }

        return length;
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '.' or '_' or '·' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;

    /// <summary>Looks at every sequence of consecutive groups in one run of digit groups.</summary>
    private static PersonalDataKind FindInRun(ReadOnlySpan<char> run)
    {
        Span<Range> groups = stackalloc Range[Math.Max(1, run.Count(GroupBreak) + 1)];
        var count = run.Split(groups, GroupBreak);
        Span<char> digits = stackalloc char[ResidentIdentityNumber.Length];
        for (var first = 0; first < count; first++)
        {
            var start = run[groups[first]];
            var plus = start.StartsWith(Plus);
            if (plus)
            {
                start = start[1..];
            }

            if (Contiguous(start, plus) is var single && single != PersonalDataKind.None)
            {
                return single;
            }

            // A country code group ("+86", "86", "0086") before a grouped mobile is skipped over.
            var afterCountryCode = start is "86" or "0086" ? first + 1 : -1;
            foreach (var from in (ReadOnlySpan<int>)[first, afterCountryCode])
            {
                if (from < 0 || from >= count)
                {
                    continue;
                }

                var total = 0;
                for (var last = from; last < count; last++)
                {
                    var group = run[groups[last]].TrimStart(Plus);
                    if (group.Length < MinGroupDigits || total + group.Length > digits.Length || group.Contains(Plus))
                    {
                        break;
                    }

                    group.CopyTo(digits[total..]);
                    total += group.Length;
                    if (last > from && Classify(digits[..total]) is var grouped && grouped != PersonalDataKind.None)
                    {
                        return grouped;
                    }
                }
            }
        }

        return PersonalDataKind.None;
    }

    /// <summary>One unbroken group: a mobile alone, a mobile behind +86 / 0086, or an identity number.</summary>
    private static PersonalDataKind Contiguous(ReadOnlySpan<char> group, bool plus)
    {
        if (Classify(group) is var kind && kind != PersonalDataKind.None)
        {
            return kind;
        }

        // "+861NNNNNNNNNN" or "00861NNNNNNNNNN"; a bare 13-digit "86…" is too often an order number.
        return (plus && group.Length == 13 && group.StartsWith("86") && IsMobile(group[2..]))
            || (group.Length == 15 && group.StartsWith("0086") && IsMobile(group[4..]))
            ? PersonalDataKind.MobileNumber
            : PersonalDataKind.None;
    }

    private static PersonalDataKind Classify(ReadOnlySpan<char> digits) =>
        IsMobile(digits) ? PersonalDataKind.MobileNumber
        : ResidentIdentityNumber.IsValid(digits) ? PersonalDataKind.IdentityNumber
        : PersonalDataKind.None;

    private static bool IsMobile(ReadOnlySpan<char> digits) =>
        digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9' && !digits.Contains('X');
}
