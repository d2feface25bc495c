using Azure.Data.Tables;

namespace ComplianceHub.Storage.Hosting;

/// <summary>
/// Refuses to start over data written with the first key layout (grain-state RowKey = state name, evidence RowKey =
/// bare sequence number; replaced in November 2026), which this version would not find: better a clear stop than
/// a hub that quietly shows every enterprise as unregistered.
/// </summary>
internal static class LegacyKeyLayout
{
    // Layout 1's evidence RowKey was the sequence number alone, 19 digits; layout 2's starts with the enterprise id.
    private const int Layout1RowKeyLength = 19;

    // Azure may hand back empty pages (with a continuation) before the first row; a few are enough to find one.
    private const int MaxPagesToFirstRow = 10;

    /// <summary>
    /// Looks at the evidence table's first row only, so start-up costs one small query however large the table:
    /// a table of the old layout is all old (this check has stood in front of every write of the new one).
    /// </summary>
    public static async Task ThrowIfPresentAsync(StorageTables tables, CancellationToken cancellationToken)
    {
        var pages = tables.Evidence.QueryAsync<TableEntity>(maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).AsPages();
        var seen = 0;
        await foreach (var page in pages.ConfigureAwait(false))
        {
            if (page.Values is [var first, ..])
            {
                if (IsLayout1(first.RowKey))
                {
                    throw new InvalidOperationException(
                        $"表 {tables.Evidence.Name} 中有旧版键布局写入的数据，此版本无法读取：请换用新的存储账户或表前缀，开发环境可删除 data/azurite 后重启。"
                        + $" (Table {tables.Evidence.Name} holds data written with the earlier key layout, which this version cannot read: "
                        + "use a fresh storage account or table prefix; in development delete data/azurite and restart.)");
                }

                return;
            }

            if (++seen == MaxPagesToFirstRow)
            {
                return;
            }
        }
    }

    private static bool IsLayout1(string rowKey) => rowKey.Length == Layout1RowKeyLength && rowKey.All(char.IsAsciiDigit);
}
