namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>The verification algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency).</summary>
public static class MerkleVerifier
{
    public static bool VerifyInclusion(long leafIndex, long treeSize, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> path, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (leafIndex < 0 || leafIndex >= treeSize) return false;
        var fn = leafIndex;
        var sn = treeSize - 1;
        var r = leafHash.ToArray();
        foreach (var p in path)
        {
            if (sn == 0 || p.Length != MerkleHash.Length) return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                if ((fn & 1) == 0)
                {
                    do { fn >>= 1; sn >>= 1; } while ((fn & 1) == 0 && fn != 0);
                }
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }

    public static bool VerifyConsistency(
        long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize <= 0 || oldSize > newSize) return false;
        if (oldSize == newSize) return proof.Count == 0 && oldRoot.SequenceEqual(newRoot);
        if (proof.Count == 0 || proof.Any(p => p.Length != MerkleHash.Length)) return false;

        // When the old tree is a complete subtree (a power of two), its root is the first hash of the path.
        var path = (oldSize & (oldSize - 1)) == 0 ? proof.Prepend(oldRoot.ToArray()).ToList() : proof.ToList();
        var fn = oldSize - 1;
        var sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                if ((fn & 1) == 0)
                {
                    do { fn >>= 1; sn >>= 1; } while ((fn & 1) == 0 && fn != 0);
                }
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.AsSpan().SequenceEqual(oldRoot) && sr.AsSpan().SequenceEqual(newRoot);
    }
}
