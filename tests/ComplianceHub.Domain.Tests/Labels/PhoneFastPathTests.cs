using ComplianceHub.Domain.Labels;
using CsCheck;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

/// <summary>The phone rule's fast path must reach the full reading's verdict on every phone it takes.</summary>
public sealed class PhoneFastPathTests
{
    private static readonly Gen<string> PhoneSoup =
        Gen.Char["0123456789０９*＊×●-－ ()（）+转x#"].Array[0, 20].Select(chars => new string(chars));

    [Fact]
    public void Fast_path_agrees_with_the_full_reading_on_generated_phones() =>
        Gen.OneOf(LabelGens.Phone, PhoneSoup).Sample(phone =>
            Assert.Equal(PhoneMaskRule.IsUnderMaskedFull(phone), PhoneMaskRule.IsUnderMasked(phone)));

    [Theory]
    [InlineData("138****5678", true)]
    [InlineData("138******78", false)]
    [InlineData("", false)]
    [InlineData(" - ", false)]
    [InlineData("+86", false)]
    [InlineData("+86 138 ****** 78", false)]
    [InlineData("95013转1234", false)]
    [InlineData("******", false)]
    [InlineData("*****", true)]
    [InlineData("x", true)]
    public void Both_readings_agree_on_edge_shapes(string phone, bool underMasked)
    {
        Assert.Equal(underMasked, PhoneMaskRule.IsUnderMasked(phone));
        Assert.Equal(underMasked, PhoneMaskRule.IsUnderMaskedFull(phone));
    }
}
