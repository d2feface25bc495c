using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// Table keys for one grain's named state. PartitionKey = escaped "{ServiceId}_{GrainId}" (like the
/// official provider, so two deployments can share a table), RowKey = escaped "{GrainId}_{StateName}".
/// </summary>
/// <remarks><para>
/// The official provider's RowKey is the bare state name, the same for every grain of a type. Azurite looks an
/// entity up through an index on RowKey first and then compares PartitionKey row by row, so with a shared RowKey
/// every read, insert and update of a grain scanned all grains of its type, and registering enterprises slowed to
/// 28 a second by 20,000 (106 a second at 100,000 with this layout). A RowKey as selective as the PartitionKey
/// costs Azure nothing and keeps each look-up one index probe.
/// </para><para>
/// Azure forbids / \ # ? and control characters in keys; ' and % are legal but are mangled by some
/// tools and emulators on point look-ups, so they are escaped too. Escape form: "~" + two hex digits
/// (every escaped character is below U+00A0), "~" itself included, so the mapping is reversible and
/// injective. Keys are limited to 1 KiB: a longer key keeps a readable prefix and ends in a SHA-256 of
/// the full escaped key, which keeps distinct grains distinct.
/// </para></remarks>
public readonly record struct GrainStateKeys(string PartitionKey, string RowKey)
{
    private const int MaxKeyChars = 512;
    private const int KeptPrefixChars = MaxKeyChars - 2 - 64;

    public static GrainStateKeys For(string serviceId, string grainId, string stateName) =>
        new(Escape($"{serviceId}_{grainId}"), Escape($"{grainId}_{stateName}"));

    /// <summary>Unique prefix for this state's spill blobs: fixed length, no escaping questions.</summary>
    public string BlobPrefix()
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{PartitionKey}\n{RowKey}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public static string Escape(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var escaped = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (NeedsEscape(c))
            {
                escaped.Append('~').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        if (escaped.Length <= MaxKeyChars)
        {
            return escaped.ToString();
        }

        var full = escaped.ToString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)));
        return $"{full[..KeptPrefixChars]}~H{hash}";
    }

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '\'' or '%' or '~' || char.IsControl(c);
}
