using System.Text;
using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class SampleFingerprintTests
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("test-key-0123456789abcdef-0123456");
    private static readonly byte[] OtherKey = Encoding.ASCII.GetBytes("test-key-0123456789abcdef-0123457");

    [Fact]
    public void Same_label_and_key_give_the_same_lowercase_hex_hmac()
    {
        var first = SampleFingerprint.Compute(Key, "郭琬", "179******73", "金色港湾C座318");
        var second = SampleFingerprint.Compute(Key, "郭琬", "179******73", "金色港湾C座318");

        Assert.Equal(first, second);
        Assert.Equal(64, first.Length);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Different_key_gives_a_different_hmac() =>
        Assert.NotEqual(
            SampleFingerprint.Compute(Key, "郭琬", "179******73", "金色港湾C座318"),
            SampleFingerprint.Compute(OtherKey, "郭琬", "179******73", "金色港湾C座318"));

    [Fact]
    public void Field_boundaries_are_part_of_the_fingerprint()
    {
        Assert.NotEqual(SampleFingerprint.Compute(Key, "ab", "c", ""), SampleFingerprint.Compute(Key, "a", "bc", ""));
        Assert.NotEqual(SampleFingerprint.Compute(Key, "", "ab", "c"), SampleFingerprint.Compute(Key, "", "a", "bc"));
        Assert.NotEqual(SampleFingerprint.Compute(Key, "a", "", ""), SampleFingerprint.Compute(Key, "", "a", ""));
    }

    [Fact]
    public void Every_field_changes_the_fingerprint()
    {
        var baseline = SampleFingerprint.Compute(Key, "郭琬", "179******73", "C座318");

        Assert.NotEqual(baseline, SampleFingerprint.Compute(Key, "郭*", "179******73", "C座318"));
        Assert.NotEqual(baseline, SampleFingerprint.Compute(Key, "郭琬", "179*******3", "C座318"));
        Assert.NotEqual(baseline, SampleFingerprint.Compute(Key, "郭琬", "179******73", "C座319"));
    }

    [Fact]
    public void Null_field_is_the_same_as_an_empty_one() =>
        Assert.Equal(SampleFingerprint.Compute(Key, null, null, null), SampleFingerprint.Compute(Key, "", "", ""));

    [Fact]
    public void Fingerprint_is_hmac_sha256_of_the_length_prefixed_utf8_fields()
    {
        // 00000002 'a' 'b' | 00000000 | 00000003 e5 bc a0 (张)
        byte[] encoded = [0, 0, 0, 2, (byte)'a', (byte)'b', 0, 0, 0, 0, 0, 0, 0, 3, 0xE5, 0xBC, 0xA0];
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Key, encoded));

        Assert.Equal(expected, SampleFingerprint.Compute(Key, "ab", null, "张"));
    }
}
