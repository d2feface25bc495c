using Azure.Data.Tables;
using ComplianceHub.Storage.Hosting;

namespace ComplianceHub.Storage.Rollups;

/// <summary>
/// The members of every roll-up leaf, one row per (leaf, enterprise): partition <c>division:330782</c> or
/// <c>brand:zto</c>, row key the enterprise id. The enterprise writes its row before it pushes to the leaf, so a
/// leaf that activates reads its partition once and is whole; no leaf ever writes a state per change.
/// </summary>
public sealed class RollupMemberStore(StorageTables tables)
{
    private readonly TableClient _table = tables.RollupMembers;

    public static string DivisionLeaf(string division) => "division:" + division;

    public static string BrandLeaf(string brandId) => "brand:" + brandId;

    /// <summary>
    /// Writes the row, replacing what was there. Only the enterprise itself writes its rows, one call at a time,
    /// always with its newest version (a crash repair re-writes the same one), so no version check is needed
    /// here; leaves still apply versions, which is what makes repeated pushes harmless.
    /// </summary>
    public async Task PutAsync(string leaf, RollupMemberRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = new RollupMemberEntity { PartitionKey = leaf, RowKey = row.EnterpriseId, Version = row.Version, Summary = row.SummaryJson };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every row of one leaf, tombstones included.</summary>
    public async IAsyncEnumerable<RollupMemberRow> ReadAsync(
        string leaf, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = _table.QueryAsync<RollupMemberEntity>(e => e.PartitionKey == leaf, cancellationToken: cancellationToken);
        await foreach (var entity in rows.ConfigureAwait(false))
        {
            yield return new RollupMemberRow(entity.RowKey, entity.Version, entity.Summary);
        }
    }

    /// <summary>
    /// The live rows (tombstones skipped) of every division leaf whose code starts with <paramref name="divisionPrefix"/>
    /// ("" for the nation, "33", "3307", "330782"): one range query over the partition keys, in division then id order.
    /// For reports that must list every enterprise; roll-up queries never read this.
    /// </summary>
    public async IAsyncEnumerable<RollupMemberRow> ReadDivisionsUnderAsync(
        string divisionPrefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(divisionPrefix);
        var from = DivisionLeaf(divisionPrefix);
        var to = from + "~"; // '~' sorts after every digit, so [from, to) is exactly the codes with this prefix.
        var rows = _table.QueryAsync<RollupMemberEntity>(
            e => e.PartitionKey.CompareTo(from) >= 0 && e.PartitionKey.CompareTo(to) < 0, cancellationToken: cancellationToken);
        await foreach (var entity in rows.ConfigureAwait(false))
        {
            if (entity.Summary is not null)
            {
                yield return new RollupMemberRow(entity.RowKey, entity.Version, entity.Summary);
            }
        }
    }
}
