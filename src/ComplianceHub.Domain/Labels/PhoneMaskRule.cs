namespace ComplianceHub.Domain.Labels;

/// <summary>
/// GB/T 41833-2022: the printed phone must hide at least six digits. What counts is how many
/// digits are hidden, not where: the common 138****5678 hides four and fails. A virtual number
/// (虚拟安全号, printed as digits转extension) exposes no real number, so it passes however masked.
/// </summary>
internal static class PhoneMaskRule
{
    private const int MinimumMasked = 6;

    // Progress through a leading "+86": nothing read yet, "+" read, "+8" read, settled.
    private const int PlusNone = 0;
    private const int PlusSign = 1;
    private const int PlusEight = 2;
    private const int PlusSettled = 3;

    public static bool IsUnderMasked(ReadOnlySpan<char> phone)
    {
        // Fast path for the common label, a run of digits, masks and separators: without a "+" prefix or a
        // "转" extension the verdict is just "something printed, and fewer than six masks". Meeting either
        // hands the phone to the full reading below, which agrees with this path on everything it takes.
        var maskCount = 0;
        var printed = false;
        foreach (var c in phone)
        {
            var cls = LabelCharClass.Of(c);
            if ((cls & LabelCharClass.PhoneSpecial) != 0)
            {
                return IsUnderMaskedFull(phone);
            }

            maskCount += (cls & LabelCharClass.Mask) >> 4;
            printed |= (cls & (LabelCharClass.Mask | LabelCharClass.PhoneSeparator)) == 0;
        }

        return (printed || maskCount > 0) && maskCount < MinimumMasked;
    }

    /// <summary>The complete reading: +86 prefixes, virtual numbers, foreign prefixes. Internal for the agreement test.</summary>
    internal static bool IsUnderMaskedFull(ReadOnlySpan<char> phone)
    {
        int masks = 0, beforeZhuan = 0, afterZhuan = 0, plus = PlusNone;
        bool any = false, zhuan = false, virtualShape = true;
        foreach (var c in phone)
        {
            // Separators are skipped before anything else so that inserting one anywhere,
            // even inside "+86", never changes the verdict.
            if (IsSeparator(c))
            {
                continue;
            }

            if (plus != PlusSettled)
            {
                var digit = LabelChars.DigitValue(c);
                if ((plus == PlusNone && c == '+') || (plus == PlusSign && digit == 8))
                {
                    plus++;
                    continue;
                }

                var consumed = plus == PlusEight && digit == 6;
                if (plus != PlusNone && !consumed)
                {
                    // "+" not opening +86 is a foreign prefix: printed content, never a virtual number.
                    virtualShape = false;
                    any = true;
                    beforeZhuan += plus == PlusEight ? 1 : 0;
                }

                plus = PlusSettled;
                if (consumed)
                {
                    continue;
                }
            }

            any = true;
            if (LabelChars.IsMask(c))
            {
                masks++;
            }
            else if (!LabelChars.IsDigit(c))
            {
                // "转" may stand once, between the number and its extension; anything else rules out a virtual number.
                virtualShape &= c == '转' && !zhuan;
                zhuan |= c == '转';
                continue;
            }

            // A masked position is still a digit of the number or of its extension.
            if (zhuan) { afterZhuan++; } else { beforeZhuan++; }
        }

        if (!any && plus is PlusNone or PlusSettled)
        {
            return false;
        }

        var isVirtual = virtualShape && zhuan && beforeZhuan > 0 && afterZhuan is >= 3 and <= 5;
        return !isVirtual && masks < MinimumMasked;
    }

    /// <summary>Spaces, hyphens and brackets group digits; the rule counts digits only.</summary>
    public static bool IsSeparator(char c) =>
        c is '(' or ')' or '（' or '）' || LabelChars.IsDash(c) || char.IsWhiteSpace(c);
}
