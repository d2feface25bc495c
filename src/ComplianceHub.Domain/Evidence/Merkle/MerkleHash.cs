using System.Security.Cryptography;

namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// RFC 9162 §2.1.1 hashing: a leaf is <c>SHA-256(0x00 ‖ data)</c>, an inner node <c>SHA-256(0x01 ‖ left ‖ right)</c>,
/// the empty tree <c>SHA-256("")</c>. The prefixes keep a leaf from ever passing for a node (second-preimage defence).
/// A leaf's data is the 32-byte evidence entry hash, which commits to every field of the entry.
/// </summary>
public static class MerkleHash
{
    public const int Length = 32;

    /// <summary>The root of a tree with no leaves.</summary>
    public static byte[] EmptyRoot { get; } = SHA256.HashData([]);

    public static byte[] Leaf(ReadOnlySpan<byte> data)
    {
        Span<byte> buffer = stackalloc byte[1 + Length];
        if (data.Length != Length)
        {
            throw new ArgumentException("叶子数据必须是 32 字节的条目哈希 (leaf data must be a 32-byte entry hash)", nameof(data));
        }

        buffer[0] = 0x00;
        data.CopyTo(buffer[1..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>The leaf of an evidence entry, from its hash as stored (64 lowercase hex characters).</summary>
    public static byte[] LeafOfEntry(string entryHash)
    {
        ArgumentNullException.ThrowIfNull(entryHash);
        Span<byte> raw = stackalloc byte[Length];
        if (entryHash.Length != 2 * Length || Convert.FromHexString(entryHash, raw, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            throw new ArgumentException("条目哈希必须是 64 位十六进制 (an entry hash is 64 hex characters)", nameof(entryHash));
        }

        return Leaf(raw);
    }

    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * Length)];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Length)..]);
        return SHA256.HashData(buffer);
    }
}
