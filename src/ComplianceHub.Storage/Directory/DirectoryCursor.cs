using System.Buffers.Text;
using System.Text;

namespace ComplianceHub.Storage.Directory;

/// <summary>
/// The listing cursor handed to clients: the table's continuation token, base64url-encoded so it is
/// opaque, URL-safe and checkable; a cursor that does not decode is the client's error, not ours.
/// </summary>
public static class DirectoryCursor
{
    public static string? Encode(string? continuationToken) =>
        continuationToken is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continuationToken));

    public static bool TryDecode(string? cursor, out string? continuationToken)
    {
        continuationToken = null;
        if (cursor is null)
        {
            return true;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            continuationToken = Encoding.UTF8.GetString(bytes);
            return continuationToken.Length > 0 && !continuationToken.Any(char.IsControl);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
