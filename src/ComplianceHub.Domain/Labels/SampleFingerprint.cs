using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Domain.Labels;

/// <summary>
/// A keyed hash of a sampled label party, so that a later copy of the same label can be proven
/// identical (evidence for regulators and prosecutors) without the hub ever storing the label.
/// The key stays with the hub; without it the hash cannot be used to guess phone numbers.
/// </summary>
public static class SampleFingerprint
{
    // Each field is written as a 4-byte big-endian UTF-8 length then its bytes, so no two different
    // field triples share an encoding: ("ab","c") and ("a","bc") differ. A null field is an empty one.
    private const int LengthPrefix = sizeof(int);

    public static string Compute(ReadOnlySpan<byte> key, string? name, string? phone, string? address)
    {
        name ??= string.Empty;
        phone ??= string.Empty;
        address ??= string.Empty;
        var size = (3 * LengthPrefix) + Encoding.UTF8.GetByteCount(name)
            + Encoding.UTF8.GetByteCount(phone) + Encoding.UTF8.GetByteCount(address);
        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var buffer = rented.AsSpan(0, size);
            var written = Append(buffer, name);
            written += Append(buffer[written..], phone);
            Append(buffer[written..], address);

            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, buffer, mac);
            return Convert.ToHexStringLower(mac);
        }
        finally
        {
            // The buffer held a readable label; clear it before it goes back to the pool.
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, size));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int Append(Span<byte> destination, string field)
    {
        var count = Encoding.UTF8.GetBytes(field, destination[LengthPrefix..]);
        BinaryPrimitives.WriteInt32BigEndian(destination, count);
        return LengthPrefix + count;
    }
}
