using System.Numerics;

namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// Inclusion and consistency proofs of RFC 9162 §2.1.3.1 and §2.1.4.1, over complete subtrees read from an
/// <see cref="IMerkleNodeSource"/>. Paths are ordered from the leaf (or the old root) upwards, as the RFC's
/// verification algorithms consume them. Leaf indexes are 0-based (entry seq − 1).
/// </summary>
public static class MerkleProofs
{
    /// <summary>PATH(m, D[n]): the audit path of leaf <paramref name="leafIndex"/> in the tree of the first <paramref name="treeSize"/> leaves.</summary>
    public static IReadOnlyList<byte[]> Inclusion(long leafIndex, long treeSize, IMerkleNodeSource nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentOutOfRangeException.ThrowIfNegative(leafIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(leafIndex, treeSize);
        var path = new List<byte[]>();
        Path(leafIndex, 0, treeSize, nodes, path);
        return path;
    }

    /// <summary>PROOF(m, D[n]): that the tree of <paramref name="oldSize"/> leaves is a prefix of the one of <paramref name="newSize"/>.</summary>
    public static IReadOnlyList<byte[]> Consistency(long oldSize, long newSize, IMerkleNodeSource nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        var proof = new List<byte[]>();
        if (oldSize < newSize) SubProof(oldSize, 0, newSize, complete: true, nodes, proof);
        return proof;
    }

    /// <summary>MTH(D[start:start+count]) for a range starting on a multiple of the largest power of two below its length.</summary>
    public static byte[] RangeHash(long start, long count, IMerkleNodeSource nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (count == 0) return MerkleHash.EmptyRoot;
        if (BitOperations.IsPow2(count) && start % count == 0)
        {
            var level = BitOperations.Log2((ulong)count);
            return nodes.NodeHash(level, start >> level);
        }

        var k = SplitPoint(count);
        return MerkleHash.Node(RangeHash(start, k, nodes), RangeHash(start + k, count - k, nodes));
    }

    /// <summary>The largest power of two smaller than <paramref name="n"/> (n ≥ 2): where RFC 9162 splits a tree.</summary>
    public static long SplitPoint(long n) => 1L << BitOperations.Log2((ulong)(n - 1));

    private static void Path(long m, long start, long n, IMerkleNodeSource nodes, List<byte[]> path)
    {
        if (n <= 1) return;
        var k = SplitPoint(n);
        if (m < k)
        {
            Path(m, start, k, nodes, path);
            path.Add(RangeHash(start + k, n - k, nodes));
        }
        else
        {
            Path(m - k, start + k, n - k, nodes, path);
            path.Add(RangeHash(start, k, nodes));
        }
    }

    private static void SubProof(long m, long start, long n, bool complete, IMerkleNodeSource nodes, List<byte[]> proof)
    {
        if (m == n)
        {
            if (!complete) proof.Add(RangeHash(start, n, nodes));
            return;
        }

        var k = SplitPoint(n);
        if (m <= k)
        {
            SubProof(m, start, k, complete, nodes, proof);
            proof.Add(RangeHash(start + k, n - k, nodes));
        }
        else
        {
            SubProof(m - k, start + k, n - k, complete: false, nodes, proof);
            proof.Add(RangeHash(start, k, nodes));
        }
    }
}
