namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// The right edge of an append-only Merkle tree: the roots of its complete subtrees, largest first, one per set
/// bit of <see cref="Size"/>. That is all an append needs (O(log n) hashes), and the root follows from it.
/// </summary>
public sealed record MerkleFrontier(long Size, IReadOnlyList<byte[]> Peaks)
{
    public static MerkleFrontier Empty { get; } = new(0, []);

    /// <summary>
    /// The frontier after one more leaf. Every subtree the leaf completes is handed to
    /// <paramref name="completed"/> (the leaf itself at level 0 first), so the caller can store the nodes proofs need.
    /// </summary>
    public MerkleFrontier Append(byte[] leafHash, Action<MerkleNode>? completed = null)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        var position = Size;
        var peaks = Peaks.ToList();
        var carry = leafHash;
        completed?.Invoke(new MerkleNode(0, position, carry));

        // Each trailing 1-bit of the old size is a complete subtree of that height waiting for a right sibling.
        for (var level = 0; ((position >> level) & 1) == 1; level++)
        {
            carry = MerkleHash.Node(peaks[^1], carry);
            peaks.RemoveAt(peaks.Count - 1);
            completed?.Invoke(new MerkleNode(level + 1, position >> (level + 1), carry));
        }

        peaks.Add(carry);
        return new MerkleFrontier(position + 1, peaks);
    }

    /// <summary>RFC 9162 MTH of the whole tree: the peaks folded from the smallest up, each as the right child.</summary>
    public byte[] Root()
    {
        if (Peaks.Count == 0) return MerkleHash.EmptyRoot;
        var root = Peaks[^1];
        for (var i = Peaks.Count - 2; i >= 0; i--)
        {
            root = MerkleHash.Node(Peaks[i], root);
        }

        return root;
    }
}
