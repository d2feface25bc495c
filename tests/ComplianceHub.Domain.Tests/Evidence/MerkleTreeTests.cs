using System.Security.Cryptography;
using ComplianceHub.Domain.Evidence.Merkle;
using Xunit;

namespace ComplianceHub.Domain.Tests.Evidence;

/// <summary>
/// The incremental tree, the tiles and the proofs against a reference written straight from RFC 9162 §2.1.1
/// (MTH by recursion over all leaves), for every tree size and pair of sizes up to 70 (four tile levels' worth
/// of edge cases: sizes on, below and above 16 and 64).
/// </summary>
public sealed class MerkleTreeTests
{
    private const int MaxSize = 70;

    private static readonly byte[][] Leaves = Enumerable.Range(0, MaxSize)
        .Select(i => MerkleHash.Leaf(SHA256.HashData(BitConverter.GetBytes(i))))
        .ToArray();

    private static byte[] Mth(int start, int count)
    {
        if (count == 0) return SHA256.HashData([]);
        if (count == 1) return Leaves[start];
        var k = 1;
        while (k * 2 < count) k *= 2;
        return MerkleHash.Node(Mth(start, k), Mth(start + k, count - k));
    }

    private static (MerkleFrontier Frontier, InMemoryTiles Tiles) Build(int size)
    {
        var tiles = new InMemoryTiles();
        var frontier = MerkleFrontier.Empty;
        for (var i = 0; i < size; i++) frontier = frontier.Append(Leaves[i], tiles.Store);
        return (frontier, tiles);
    }

    [Fact]
    public void The_incremental_root_equals_the_RFC_9162_root_at_every_size()
    {
        var (frontier, _) = Build(0);
        Assert.Equal(SHA256.HashData([]), frontier.Root());
        for (var size = 1; size <= MaxSize; size++)
        {
            frontier = frontier.Append(Leaves[size - 1]);
            Assert.Equal(Mth(0, size), frontier.Root());
            Assert.Equal(System.Numerics.BitOperations.PopCount((ulong)size), frontier.Peaks.Count);
        }
    }

    [Fact]
    public void Every_inclusion_proof_from_tiles_verifies_and_fails_for_another_leaf_or_root()
    {
        var (_, tiles) = Build(MaxSize);
        var source = tiles.Source();
        for (var size = 1; size <= MaxSize; size++)
        {
            var root = Mth(0, size);
            for (var leaf = 0; leaf < size; leaf++)
            {
                var path = MerkleProofs.Inclusion(leaf, size, source);
                Assert.True(MerkleVerifier.VerifyInclusion(leaf, size, Leaves[leaf], path, root), $"{leaf} in {size}");
                Assert.False(MerkleVerifier.VerifyInclusion(leaf, size, Leaves[(leaf + 1) % MaxSize], path, root));
                if (size > 1)
                {
                    Assert.False(MerkleVerifier.VerifyInclusion((leaf + 1) % size, size, Leaves[leaf], path, root));
                    Assert.False(MerkleVerifier.VerifyInclusion(leaf, size, Leaves[leaf], path, Mth(0, size - 1)));
                    Assert.False(MerkleVerifier.VerifyInclusion(leaf, size, Leaves[leaf], path.Take(path.Count - 1).ToList(), root));
                }
            }
        }
    }

    [Fact]
    public void Every_consistency_proof_verifies_and_fails_against_another_root()
    {
        var (_, tiles) = Build(MaxSize);
        var source = tiles.Source();
        for (var newSize = 1; newSize <= MaxSize; newSize++)
        {
            for (var oldSize = 1; oldSize <= newSize; oldSize++)
            {
                var proof = MerkleProofs.Consistency(oldSize, newSize, source);
                Assert.True(MerkleVerifier.VerifyConsistency(oldSize, newSize, Mth(0, oldSize), Mth(0, newSize), proof), $"{oldSize}→{newSize}");
                var forged = Mth(1, oldSize - 1 + (oldSize == MaxSize ? 0 : 1));
                Assert.False(MerkleVerifier.VerifyConsistency(oldSize, newSize, forged, Mth(0, newSize), proof));
                if (oldSize < newSize)
                {
                    Assert.False(MerkleVerifier.VerifyConsistency(oldSize, newSize, Mth(0, oldSize), Mth(0, newSize - 1), proof));
                }
            }
        }
    }

    [Fact]
    public void The_tree_of_a_different_history_is_not_consistent_with_the_old_head()
    {
        var (_, tiles) = Build(40);
        var rewritten = new InMemoryTiles();
        var frontier = MerkleFrontier.Empty;
        for (var i = 0; i < 40; i++) frontier = frontier.Append(i == 7 ? Leaves[69] : Leaves[i], rewritten.Store);

        var proof = MerkleProofs.Consistency(20, 40, rewritten.Source());

        Assert.False(MerkleVerifier.VerifyConsistency(20, 40, Mth(0, 20), frontier.Root(), proof));
        Assert.True(MerkleVerifier.VerifyConsistency(20, 40, Mth(0, 20), Mth(0, 40), MerkleProofs.Consistency(20, 40, tiles.Source())));
    }

    [Fact]
    public void A_proof_reads_few_tiles()
    {
        var collector = new NodeCollector();
        MerkleProofs.Inclusion(12_345, 1_000_000, collector);
        Assert.InRange(collector.Tiles.Count, 1, 12);
    }

    private sealed class InMemoryTiles
    {
        private readonly Dictionary<TileId, byte[]?[]> _tiles = [];

        public void Store(MerkleNode node)
        {
            if (MerkleTiles.Place(node) is not { } place) return;
            if (!_tiles.TryGetValue(place.Tile, out var slots)) _tiles[place.Tile] = slots = new byte[MerkleTiles.Width][];
            slots[place.Slot] = node.Hash;
        }

        public TileNodeSource Source() => new(_tiles.ToDictionary(t => t.Key, t => (IReadOnlyList<byte[]?>)t.Value));
    }
}
