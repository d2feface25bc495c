using ComplianceHub.Domain.Evidence;
using Xunit;

namespace ComplianceHub.Domain.Tests.Evidence;

/// <summary>
/// Known answers computed once, independently of this code, with Python's hashlib and struct
/// (tools: field = struct.pack('>I', len(utf8)) + utf8; hash = sha256 of the fields in order).
/// If one of these changes, every published evidence chain stops verifying.
/// </summary>
public sealed class EvidenceHasherTests
{
    private const string Payload =
        """{"batch":"b-0042","printed":1200,"masked":1187,"violations":{"L1-phone":13}}""";

    [Fact]
    public void Genesis_hash_is_64_zeros()
    {
        Assert.Equal(new string('0', 64), EvidenceHasher.GenesisHash);
    }

    [Fact]
    public void Digest_is_lowercase_hex_sha256_of_utf8()
    {
        Assert.Equal("d008d2e3a1f45abdca5ac0812745e83e99a4f6367c3c5d848db056c4336c927b", EvidenceHasher.Digest(Payload));
        Assert.Equal(
            "11491a15e00a93e378c501ab9f677abed66993e47c5786677aac0216ed789150",
            EvidenceHasher.Digest("""{"事件":"整改","期限":"2026-04-01"}"""));
    }

    [Fact]
    public void Entry_hash_matches_the_independently_computed_known_answer()
    {
        var hash = EvidenceHasher.ComputeHash(
            "91330782MA2DFE301F-YW001",
            42,
            new DateTimeOffset(2026, 3, 1, 8, 30, 15, TimeSpan.FromHours(8)).AddTicks(1_234_567),
            "label-batch",
            "enterprise:91330782MA2DFE301F-YW001",
            "d008d2e3a1f45abdca5ac0812745e83e99a4f6367c3c5d848db056c4336c927b",
            "1505d8c51c119dce252ec62c609734e3fd980cbafec06c9996dfa2776c208e31");

        Assert.Equal("a73437e5817b498abaced9798cd8830acfcd36a94086e5475efe7aaa9d3b398d", hash);
    }

    [Fact]
    public void Lengths_are_utf8_byte_counts_and_time_is_normalised_to_utc()
    {
        // 2026-01-01 00:00 in Beijing is 2025-12-31T16:00:00.0000000Z; "整改通知" is 12 UTF-8 bytes.
        var hash = EvidenceHasher.ComputeHash(
            "914403001922038216",
            1,
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            "整改通知",
            "regulator:330782",
            "11491a15e00a93e378c501ab9f677abed66993e47c5786677aac0216ed789150",
            EvidenceHasher.GenesisHash);

        Assert.Equal("0acff74f10b1fee267ae219117a96284abb9ab86aa470d5b0064d9a293e69c3e", hash);
    }

    [Fact]
    public void The_same_instant_in_any_offset_hashes_the_same()
    {
        var utc = new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero);
        string At(DateTimeOffset t) => EvidenceHasher.ComputeHash("e", 1, t, "k", "a", "d", "p");
        Assert.Equal(At(utc), At(utc.ToOffset(TimeSpan.FromHours(8))));
        Assert.NotEqual(At(utc), At(utc.AddTicks(1)));
    }

    [Fact]
    public void Moving_text_between_fields_changes_the_hash()
    {
        var t = DateTimeOffset.UnixEpoch;
        Assert.NotEqual(
            EvidenceHasher.ComputeHash("e", 1, t, "ab", "c", "d", "p"),
            EvidenceHasher.ComputeHash("e", 1, t, "a", "bc", "d", "p"));
    }

    [Fact]
    public void Unpaired_surrogates_are_refused_rather_than_replaced()
    {
        // Lenient UTF-8 would turn every lone surrogate into U+FFFD, so two different payloads
        // would share a digest.
        Assert.Throws<ArgumentException>(() => EvidenceHasher.Digest("\ud800"));
        Assert.Throws<ArgumentException>(
            () => EvidenceHasher.ComputeHash("e", 1, DateTimeOffset.UnixEpoch, "\udc00", "a", "d", "p"));
    }
}
