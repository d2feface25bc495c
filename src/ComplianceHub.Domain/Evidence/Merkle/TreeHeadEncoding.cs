using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// The bytes a tree head signature covers, version <c>chub-sth-v1</c>: six fields, each a 4-byte big-endian length
/// then that many UTF-8 bytes (the framing of <see cref="EvidenceHasher.ComputeHash"/>): the version tag, the
/// enterprise id, the tree size in decimal ASCII, the root hash as 64 lowercase hex characters, the timestamp as
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> (UTC), and the key id. docs/evidence-format.md repeats this byte for byte.
/// </summary>
public static class TreeHeadEncoding
{
    public const string Version = "chub-sth-v1";

    public const string Ed25519 = "ed25519";

    public const string Sm2Sm3 = "sm2-sm3";

    public static byte[] SignatureInput(TreeHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        string[] fields =
        [
            Version,
            head.EnterpriseId,
            head.TreeSize.ToString(CultureInfo.InvariantCulture),
            head.RootHash,
            EvidenceHasher.FormatTime(head.Timestamp),
            head.KeyId,
        ];
        using var buffer = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)bytes.Length);
            buffer.Write(length);
            buffer.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>A key's id: the first 16 hex characters of the SHA-256 of its public key bytes.</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> publicKey) => Fingerprint(publicKey)[..16];

    /// <summary>A key's fingerprint, printed on the evidence list: the SHA-256 of its public key bytes, lowercase hex.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> publicKey) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(publicKey));
}
