using System.Text.Json;

namespace ComplianceHub.Domain.Inspections;

/// <summary>
/// An authority's inspection checklist, as regulators edit it in <c>reports/checklists/{postal,cyberspace}.json</c>
/// (embedded in this assembly, so the CLI and the server read the same version the build saw).
/// </summary>
public sealed record InspectionChecklist(
    InspectionAuthority Authority,
    string TitleZh,
    string TitleEn,
    string Version,
    IReadOnlyList<ChecklistItem> Items)
{
    public ChecklistItem? Find(string itemId) => Items.FirstOrDefault(i => string.Equals(i.Id, itemId, StringComparison.Ordinal));

    private static readonly Lazy<InspectionChecklist> PostalChecklist = new(() => Load(InspectionAuthority.Postal));

    private static readonly Lazy<InspectionChecklist> CyberspaceChecklist = new(() => Load(InspectionAuthority.Cyberspace));

    /// <summary>The embedded checklist of <paramref name="authority"/>, parsed once per process.</summary>
    public static InspectionChecklist For(InspectionAuthority authority) =>
        authority == InspectionAuthority.Postal ? PostalChecklist.Value : CyberspaceChecklist.Value;

    public static InspectionChecklist Load(InspectionAuthority authority)
    {
        var name = $"checklists.{InspectionAuthorities.ToWireName(authority)}.json";
        using var stream = typeof(InspectionChecklist).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"检查表资源缺失 checklist resource missing: {name}");
        return Parse(authority, stream);
    }

    public static InspectionChecklist Parse(InspectionAuthority authority, Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var declared = root.GetProperty("authority").GetString();
        if (!string.Equals(declared, InspectionAuthorities.ToWireName(authority), StringComparison.Ordinal))
        {
            throw new InvalidDataException($"检查表 authority 为 {declared}，应为 {InspectionAuthorities.ToWireName(authority)} / checklist is for {declared}");
        }

        var items = root.GetProperty("items").EnumerateArray().Select(item => new ChecklistItem(
            Text(item, "id"),
            Text(item, "section"),
            Text(item.GetProperty("question"), "zh"),
            Text(item.GetProperty("question"), "en"),
            Text(item, "basis"),
            [.. item.GetProperty("rules").EnumerateArray().Select(r => r.GetString() ?? string.Empty)])).ToList();
        return new InspectionChecklist(authority, Text(root.GetProperty("title"), "zh"), Text(root.GetProperty("title"), "en"), Text(root, "version"), items);
    }

    private static string Text(JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidDataException($"检查表字段 {property} 为空 / checklist field {property} is null");
}
