using System.Globalization;
using ComplianceHub.Domain.Evidence.Merkle;

namespace ComplianceHub.Storage.Evidence;

/// <summary>
/// RowKeys of the tree's rows, in the enterprise's evidence partition beside its entries ("{id}_{seq:D19}"). Every
/// key starts "{id}_" followed by a letter, which sorts after the digits of entry keys, so a range read of entries
/// bounded above by "{id}_:" never meets them.
/// </summary>
internal static class TreeRowKeys
{
    public static string Tile(string enterpriseId, TileId tile) =>
        string.Create(CultureInfo.InvariantCulture, $"{enterpriseId}_t{tile.TileLevel:D2}_{tile.Index:D19}");

    public static string Head(string enterpriseId, long treeSize) =>
        string.Create(CultureInfo.InvariantCulture, $"{enterpriseId}_sth_{treeSize:D19}");

    public static string HeadPrefix(string enterpriseId) => enterpriseId + "_sth_";

    /// <summary>The first key after every entry key of the enterprise (':' follows '9').</summary>
    public static string EntriesEnd(string enterpriseId) => enterpriseId + "_:";

    public static string SlotName(int slot) => "H" + slot.ToString(CultureInfo.InvariantCulture);
}
