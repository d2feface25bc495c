using ComplianceHub.Domain.Labels;
using CsCheck;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class MaskingPropertyTests
{
    private static readonly Gen<char> AnyMask = Gen.Char["*＊×●"];

    [Fact]
    public void Masking_one_more_name_character_never_creates_a_violation() =>
        Gen.Select(LabelGens.Party, Gen.Int[0, 100], AnyMask).Sample((party, at, mask) =>
        {
            var masked = party with { Name = MaskOne(party.Name, at, mask, c => !IsMask(c)) };
            AssertNoNewViolation(party, masked);
        });

    [Fact]
    public void Masking_one_more_phone_digit_never_creates_a_violation() =>
        Gen.Select(LabelGens.Party, Gen.Int[0, 100], AnyMask).Sample((party, at, mask) =>
        {
            var masked = party with { Phone = MaskOne(party.Phone, at, mask, IsDigit) };
            AssertNoNewViolation(party, masked);
        });

    [Fact]
    public void Masking_one_more_address_number_character_never_creates_a_violation() =>
        Gen.Select(LabelGens.Party, Gen.Int[0, 100], AnyMask).Sample((party, at, mask) =>
        {
            var masked = party with { Address = MaskOne(party.Address, at, mask, c => IsDigit(c) || "一二三四五六七八九十".Contains(c) || char.IsAsciiLetter(c)) };
            AssertNoNewViolation(party, masked);
        });

    [Fact]
    public void Masking_everything_maskable_leaves_only_a_compliant_party() =>
        LabelGens.Party.Sample(party =>
        {
            var name = string.Concat(party.Name.Select(c => char.IsWhiteSpace(c) ? c : '*'));
            var phone = string.Concat(party.Phone.Select(c => IsDigit(c) ? '*' : c));
            var address = string.Concat(party.Address.Select(c => IsDigit(c) || "一二三四五六七八九十".Contains(c) ? '×' : c));
            Assert.Equal(LabelViolations.PhoneUnderMasked & WaybillMaskChecker.Check(name, phone, address), WaybillMaskChecker.Check(name, phone, address));
        });

    [Fact]
    public void Inserting_a_space_or_hyphen_into_a_phone_never_changes_its_verdict() =>
        Gen.Select(Gen.OneOf<string>(LabelGens.Phone, LabelGens.Soup), Gen.Int[0, 100], Gen.Char[" -"]).Sample((phone, at, separator) =>
        {
            var spaced = phone.Insert(at % (phone.Length + 1), separator.ToString());
            Assert.Equal(WaybillMaskChecker.IsPhoneUnderMasked(phone), WaybillMaskChecker.IsPhoneUnderMasked(spaced));
        });

    private static void AssertNoNewViolation((string Name, string Phone, string Address) before, (string Name, string Phone, string Address) after)
    {
        var was = WaybillMaskChecker.Check(before.Name, before.Phone, before.Address);
        var now = WaybillMaskChecker.Check(after.Name, after.Phone, after.Address);
        Assert.True((now & ~was) == LabelViolations.None, $"{before} → {after}: {was} → {now}");
    }

    /// <summary>Replaces the (at mod count)-th character that <paramref name="maskable"/> accepts; unchanged if none.</summary>
    private static string MaskOne(string value, int at, char mask, Func<char, bool> maskable)
    {
        var positions = Enumerable.Range(0, value.Length).Where(i => maskable(value[i])).ToArray();
        if (positions.Length == 0)
        {
            return value;
        }

        var chars = value.ToCharArray();
        chars[positions[at % positions.Length]] = mask;
        return new string(chars);
    }

    private static bool IsMask(char c) => "*＊×●".Contains(c);

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
