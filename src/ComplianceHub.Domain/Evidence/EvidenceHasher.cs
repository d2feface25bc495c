using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Domain.Evidence;

/// <summary>
/// The hashing rules of the evidence log, version <c>chub-evidence-v1</c>. They are written out
/// here so that a court, a prosecutor or anyone else can re-check a log offline with any SHA-256
/// implementation, without this code.
/// </summary>
public static class EvidenceHasher
{
    public const string Version = "chub-evidence-v1";

    /// <summary>The <c>PrevHash</c> of entry 1: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    // Strict: an unpaired surrogate would otherwise become U+FFFD and two different strings
    // would hash alike.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Lowercase hex SHA-256 of the payload's UTF-8 bytes (no byte-order mark).</summary>
    public static string Digest(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Convert.ToHexStringLower(SHA256.HashData(Encode(payload)));
    }

    /// <summary>
    /// Entry hash = lowercase hex of SHA-256 over the concatenation of these eight fields, in
    /// this order, each written as a 4-byte big-endian unsigned byte length followed by that
    /// many bytes of UTF-8 (no byte-order mark, no terminator, nothing between fields):
    /// <list type="number">
    /// <item>the version tag <c>chub-evidence-v1</c>;</item>
    /// <item>the enterprise id (e.g. <c>91330782MA2DFE301F-YW001</c>);</item>
    /// <item>seq as a decimal integer, ASCII digits, no sign, no leading zeros (<c>42</c>);</item>
    /// <item>time converted to UTC as <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>: 4-digit year, 24-hour
    /// clock, exactly seven fraction digits (100 ns ticks), a literal <c>T</c> and <c>Z</c>
    /// (<c>2026-03-01T00:30:15.1234567Z</c>);</item>
    /// <item>kind;</item>
    /// <item>actor;</item>
    /// <item>the payload digest (64 lowercase hex characters);</item>
    /// <item>the previous entry's hash, or the genesis hash of 64 <c>0</c> characters.</item>
    /// </list>
    /// Length prefixes make the encoding unambiguous: no two different field lists share bytes.
    /// Example (Python): <c>b''.join(struct.pack('&gt;I', len(b)) + b for b in (f.encode() for f in fields))</c>.
    /// </summary>
    public static string ComputeHash(
        string enterpriseId, long seq, DateTimeOffset time, string kind, string actor, string payloadDigest, string prevHash)
    {
        ArgumentNullException.ThrowIfNull(enterpriseId);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(payloadDigest);
        ArgumentNullException.ThrowIfNull(prevHash);
        ArgumentOutOfRangeException.ThrowIfNegative(seq);

        string[] fields =
        [
            Version,
            enterpriseId,
            seq.ToString(CultureInfo.InvariantCulture),
            FormatTime(time),
            kind,
            actor,
            payloadDigest,
            prevHash,
        ];

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = Encode(field);
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The time exactly as it enters the hash.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static byte[] Encode(string s)
    {
        try
        {
            return Utf8.GetBytes(s);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("文本含有无效的 Unicode 代理项 (text contains an unpaired surrogate)", ex);
        }
    }
}
