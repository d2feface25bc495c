using Azure.Data.Tables;

namespace ComplianceHub.Storage.Hosting;

/// <summary>
/// Refuses to start over data written with the first key layout (grain-state RowKey = state name, evidence RowKey =
/// bare sequence number; replaced in November 2026), which this version would not find: better a clear stop than
/// a hub that quietly shows every enterprise as unregistered.
/// </summary>
internal static class LegacyKeyLayout
{
    // Every enterprise's log starts with entry 1, so one such row is enough to tell the old layout from the new.
    private const string FirstEntryRowKeyOfLayout1 = "0000000000000000001";

    public static async Task ThrowIfPresentAsync(StorageTables tables, CancellationToken cancellationToken)
    {
        var rows = tables.Evidence.QueryAsync<TableEntity>(
            $"RowKey eq '{FirstEntryRowKeyOfLayout1}'", maxPerPage: 1, select: ["PartitionKey"], cancellationToken);
        await foreach (var _ in rows.ConfigureAwait(false))
        {
            throw new InvalidOperationException(
                $"表 {tables.Evidence.Name} 中有旧版键布局写入的数据，此版本无法读取：请换用新的存储账户或表前缀，开发环境可删除 data/azurite 后重启。"
                + $" (Table {tables.Evidence.Name} holds data written with the earlier key layout, which this version cannot read: "
                + "use a fresh storage account or table prefix; in development delete data/azurite and restart.)");
        }
    }
}
