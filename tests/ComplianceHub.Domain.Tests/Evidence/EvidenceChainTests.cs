using ComplianceHub.Domain.Evidence;
using Xunit;

namespace ComplianceHub.Domain.Tests.Evidence;

public sealed class EvidenceChainTests
{
    private const string Enterprise = "91330782MA2DFE301F-YW001";
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));

    internal static List<EvidenceEntry> BuildChain(int count, string enterprise = Enterprise)
    {
        var entries = new List<EvidenceEntry>(count);
        EvidenceEntry? previous = null;
        for (var i = 0; i < count; i++)
        {
            previous = EvidenceChain.Next(
                previous, enterprise, Start.AddSeconds(i).AddTicks(i), i % 2 == 0 ? "label-batch" : "staff-roster",
                "enterprise:" + enterprise, $$"""{"n":{{i}},"printed":{{100 + i}}}""");
            entries.Add(previous);
        }

        return entries;
    }

    [Fact]
    public void First_entry_has_seq_1_and_links_to_genesis()
    {
        var first = EvidenceChain.Next(null, Enterprise, Start, "label-batch", "enterprise:x", """{"a":1}""");
        Assert.Equal(1, first.Seq);
        Assert.Equal(EvidenceHasher.GenesisHash, first.PrevHash);
        Assert.Equal(EvidenceHasher.Digest("""{"a":1}"""), first.PayloadDigest);
        Assert.Equal(TimeSpan.Zero, first.Time.Offset);
        Assert.Equal(Start.UtcTicks, first.Time.UtcTicks);
        Assert.Equal(
            EvidenceHasher.ComputeHash(Enterprise, 1, Start, "label-batch", "enterprise:x", first.PayloadDigest, first.PrevHash),
            first.Hash);
    }

    [Fact]
    public void Next_entry_increments_seq_and_links_to_the_previous_hash()
    {
        var chain = BuildChain(2);
        Assert.Equal(2, chain[1].Seq);
        Assert.Equal(chain[0].Hash, chain[1].PrevHash);
        Assert.Matches("^[0-9a-f]{64}$", chain[1].Hash);
    }

    [Fact]
    public void Next_refuses_to_extend_another_enterprises_chain()
    {
        var other = BuildChain(1, "914403001922038216");
        Assert.Throws<ArgumentException>(
            () => EvidenceChain.Next(other[0], Enterprise, Start, "k", "a", "{}"));
    }

    [Fact]
    public void An_intact_chain_of_1000_entries_verifies()
    {
        var chain = BuildChain(1000);
        var result = EvidenceChain.Verify(chain, Enterprise);
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(1000, result.EntriesChecked);
        Assert.Null(result.FirstBadSeq);
        Assert.Null(result.Reason);
        Assert.Equal(chain[^1].Hash, result.HeadHash);
    }

    [Fact]
    public void An_empty_log_is_valid_and_has_no_head()
    {
        var result = EvidenceChain.Verify([], Enterprise);
        Assert.True(result.IsValid);
        Assert.Equal(0, result.EntriesChecked);
        Assert.Null(result.HeadHash);
    }

    [Fact]
    public void Verification_reads_the_entries_once_as_a_stream()
    {
        var chain = BuildChain(50);
        var reads = 0;
        IEnumerable<EvidenceEntry> Stream()
        {
            foreach (var e in chain)
            {
                reads++;
                yield return e;
            }
        }

        Assert.True(EvidenceChain.Verify(Stream()).IsValid);
        Assert.Equal(50, reads);
    }

    [Fact]
    public void Verification_stops_at_the_first_bad_entry()
    {
        var chain = BuildChain(10);
        chain[3] = chain[3] with { Kind = "forged" };
        var result = EvidenceChain.Verify(chain);
        Assert.False(result.IsValid);
        Assert.Equal(4, result.FirstBadSeq);
        Assert.Equal(4, result.EntriesChecked);
        Assert.Equal(chain[2].Hash, result.HeadHash);
    }
}
