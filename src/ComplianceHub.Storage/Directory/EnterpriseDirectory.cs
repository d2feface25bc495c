using Azure;
using Azure.Data.Tables;
using ComplianceHub.Storage.Hosting;

namespace ComplianceHub.Storage.Directory;

/// <summary>
/// The index behind "list the enterprises in 3307": written by each enterprise grain when its profile
/// changes, read by listings, so no query ever has to activate or scan every enterprise.
/// </summary>
public sealed class EnterpriseDirectory(StorageTables tables)
{
    private readonly TableClient _table = tables.Directory;

    public async Task UpsertAsync(DirectoryEntry entry, CancellationToken cancellationToken = default) =>
        await _table.UpsertEntityAsync(DirectoryTableEntity.From(entry), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

    public async Task RemoveAsync(string division, string enterpriseId, CancellationToken cancellationToken = default) =>
        await _table.DeleteEntityAsync(division, enterpriseId, ETag.All, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Lists enterprises whose division starts with <paramref name="divisionPrefix"/> ("" for the nation,
    /// "33", "3307" or "330782"), ordered by division then id, <paramref name="pageSize"/> at a time.
    /// </summary>
    /// <exception cref="ArgumentException">The cursor is not one this directory handed out.</exception>
    public async Task<DirectoryPage> ListAsync(string divisionPrefix, int pageSize, string? cursor, CancellationToken cancellationToken = default)
    {
        if (!DirectoryCursor.TryDecode(cursor, out var continuation))
        {
            throw new ArgumentException("Invalid directory cursor.", nameof(cursor));
        }

        var filter = divisionPrefix.Length == 0
            ? null
            : TableClient.CreateQueryFilter($"PartitionKey ge {divisionPrefix} and PartitionKey lt {UpperBound(divisionPrefix)}");
        var pages = _table.QueryAsync<DirectoryTableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken)
            .AsPages(continuation, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            return new DirectoryPage(page.Values.Select(e => e.ToEntry()).ToList(), DirectoryCursor.Encode(page.ContinuationToken));
        }

        return new DirectoryPage([], null);
    }

    // "3307" covers "330700".."330799": everything below "3308".
    private static string UpperBound(string prefix) =>
        prefix[..^1] + (char)(prefix[^1] + 1);
}
