namespace ComplianceHub.Domain.Rollups;

/// <summary>
/// The bounded worst-N list: score ascending, then open findings descending, then id. A total order, so the
/// worst N of a union is exactly the worst N of the union of each part's worst N: an upper level merges its
/// children's lists and never needs their members.
/// </summary>
public static class WorstList
{
    public const int Size = 20;

    public static IComparer<WorstEntry> Order { get; } = Comparer<WorstEntry>.Create(Compare);

    public static IReadOnlyList<WorstEntry> Of(IEnumerable<WorstEntry> entries, int size = Size) =>
        entries.Order(Order).Take(size).ToList();

    public static IReadOnlyList<WorstEntry> Merge(IEnumerable<IEnumerable<WorstEntry>> lists, int size = Size) =>
        Of(lists.SelectMany(l => l), size);

    private static int Compare(WorstEntry? a, WorstEntry? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var byScore = a.Score.CompareTo(b.Score);
        if (byScore != 0) return byScore;
        var byFindings = b.OpenFindings.CompareTo(a.OpenFindings);
        return byFindings != 0 ? byFindings : string.CompareOrdinal(a.EnterpriseId, b.EnterpriseId);
    }
}
