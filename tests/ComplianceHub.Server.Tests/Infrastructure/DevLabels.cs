using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceHub.Server.Tests.Infrastructure;

/// <summary>The worked examples (tests/data/labels-dev.jsonl, copied next to the test assembly), as samples and expected verdicts.</summary>
public static class DevLabels
{
    public sealed record Example(string Id, string Name, string Phone, string Address, bool Compliant, IReadOnlyList<string> Violations);

    public static IReadOnlyList<Example> All { get; } = Load();

    private static List<Example> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "labels-dev.jsonl");
        return File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
        {
            var node = JsonNode.Parse(line)!;
            var expected = node["expected"]!;
            return new Example(
                (string)node["id"]!, (string?)node["name"] ?? "", (string?)node["phone"] ?? "", (string?)node["address"] ?? "",
                (bool)expected["compliant"]!, expected["violations"]!.AsArray().Select(v => (string)v!).ToList());
        }).ToList();
    }

    public static object Sample(Example e) => new { id = e.Id, name = e.Name, phone = e.Phone, address = e.Address };

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
