using ComplianceHub.Domain.Evidence;
using CsCheck;
using Xunit;

namespace ComplianceHub.Domain.Tests.Evidence;

/// <summary>Every way of editing a stored log that the chain exists to expose.</summary>
public sealed class EvidenceTamperingTests
{
    private const string Enterprise = "91330782MA2DFE301F-YW001";

    private static readonly string[] FieldNames =
        ["time", "kind", "actor", "payload", "digest", "prevHash", "hash", "enterpriseId", "seq"];

    public static TheoryData<string> Fields => new(FieldNames);

    private static EvidenceEntry Alter(EvidenceEntry e, string field) => field switch
    {
        "time" => e with { Time = e.Time.AddTicks(1) },
        "kind" => e with { Kind = e.Kind + "x" },
        "actor" => e with { Actor = "regulator:330782" },
        "payload" => e with { Payload = e.Payload.Replace("\"printed\":", "\"printed\":9", StringComparison.Ordinal) },
        "digest" => e with { PayloadDigest = EvidenceHasher.Digest("{}") },
        "prevHash" => e with { PrevHash = EvidenceHasher.Digest("another entry") },
        "hash" => e with { Hash = EvidenceHasher.Digest("forged") },
        "enterpriseId" => e with { EnterpriseId = "914403001922038216" },
        "seq" => e with { Seq = e.Seq + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Altering_any_field_of_a_middle_entry_breaks_verification_there(string field)
    {
        var chain = EvidenceChainTests.BuildChain(6);
        chain[2] = Alter(chain[2], field);
        AssertBrokenAt(chain, 3);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Altering_any_field_of_the_first_entry_breaks_verification(string field)
    {
        var chain = EvidenceChainTests.BuildChain(3);
        chain[0] = Alter(chain[0], field);
        AssertBrokenAt(chain, 1);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Altering_any_field_of_the_last_entry_breaks_verification(string field)
    {
        var chain = EvidenceChainTests.BuildChain(4);
        chain[^1] = Alter(chain[^1], field);
        AssertBrokenAt(chain, 4);
    }

    [Fact]
    public void Altering_any_field_of_any_entry_is_caught_at_that_entry()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Int[0, 39], Gen.Int[0, FieldNames.Length - 1]).Sample((length, at, field) =>
        {
            var chain = EvidenceChainTests.BuildChain(length);
            var index = at % length;
            chain[index] = Alter(chain[index], FieldNames[field]);
            var result = EvidenceChain.Verify(chain, Enterprise);
            return !result.IsValid && result.FirstBadSeq == index + 1;
        }, iter: 300);
    }

    [Fact]
    public void Re_hashing_an_altered_entry_still_breaks_the_next_link()
    {
        var chain = EvidenceChainTests.BuildChain(5);
        var forgedPayload = """{"n":2,"printed":0}""";
        var e = chain[2];
        var digest = EvidenceHasher.Digest(forgedPayload);
        chain[2] = e with
        {
            Payload = forgedPayload,
            PayloadDigest = digest,
            Hash = EvidenceHasher.ComputeHash(e.EnterpriseId, e.Seq, e.Time, e.Kind, e.Actor, digest, e.PrevHash),
        };
        AssertBrokenAt(chain, 4);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    public void Removing_an_entry_breaks_verification(int removeIndex, long expectedBadSeq)
    {
        var chain = EvidenceChainTests.BuildChain(5);
        chain.RemoveAt(removeIndex);
        AssertBrokenAt(chain, expectedBadSeq);
    }

    [Fact]
    public void A_duplicated_entry_breaks_verification()
    {
        var chain = EvidenceChainTests.BuildChain(5);
        chain.Insert(3, chain[2]);
        AssertBrokenAt(chain, 4);
    }

    [Fact]
    public void Two_swapped_entries_break_verification()
    {
        var chain = EvidenceChainTests.BuildChain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);
        AssertBrokenAt(chain, 2);
    }

    [Fact]
    public void Another_enterprises_chain_fails_against_the_expected_id()
    {
        var chain = EvidenceChainTests.BuildChain(3, "914403001922038216");
        var result = EvidenceChain.Verify(chain, Enterprise);
        Assert.False(result.IsValid);
        Assert.Equal(1, result.FirstBadSeq);
        Assert.Contains("enterprise", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewriting_the_whole_chain_after_a_removal_changes_the_head_hash()
    {
        // What the chain alone cannot catch (a full rewrite, or a dropped tail) the published
        // head hash does; this is why verification reports it.
        var original = EvidenceChainTests.BuildChain(5);
        var rewritten = new List<EvidenceEntry>();
        EvidenceEntry? previous = null;
        foreach (var e in original.Where(e => e.Seq != 3))
        {
            previous = EvidenceChain.Next(previous, e.EnterpriseId, e.Time, e.Kind, e.Actor, e.Payload);
            rewritten.Add(previous);
        }

        var result = EvidenceChain.Verify(rewritten, Enterprise);
        Assert.True(result.IsValid);
        Assert.NotEqual(EvidenceChain.Verify(original, Enterprise).HeadHash, result.HeadHash);
    }

    [Fact]
    public void An_entry_with_missing_fields_is_reported_not_thrown()
    {
        var chain = EvidenceChainTests.BuildChain(2);
        chain[1] = chain[1] with { Actor = null! };
        AssertBrokenAt(chain, 2);
    }

    private static void AssertBrokenAt(List<EvidenceEntry> chain, long seq)
    {
        var result = EvidenceChain.Verify(chain, Enterprise);
        Assert.False(result.IsValid);
        Assert.Equal(seq, result.FirstBadSeq);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}.*\(.*[a-z].*\)", result.Reason);
    }
}
