namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// The ETag handed to Orleans: the table entity's ETag, plus the name of the spill blob that entity
/// points to, if any. Orleans treats ETags as opaque strings; carrying the blob name in it lets the
/// next write delete exactly the blob of the version it replaced (the table's If-Match proves which
/// version that was) without an extra read per write and without per-silo bookkeeping.
/// </summary>
internal readonly record struct GrainStateETag(string TableETag, string? BlobName)
{
    private const char Separator = '|';

    public static GrainStateETag? Parse(string? etag)
    {
        if (string.IsNullOrEmpty(etag))
        {
            return null;
        }

        var at = etag.LastIndexOf(Separator);
        return at < 0 ? new GrainStateETag(etag, null) : new GrainStateETag(etag[..at], etag[(at + 1)..]);
    }

    public override string ToString() =>
        BlobName is null ? TableETag : $"{TableETag}{Separator}{BlobName}";
}
