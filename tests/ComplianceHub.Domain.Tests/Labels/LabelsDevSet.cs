using System.Text.Json;
using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

/// <summary>
/// The worked examples next to the test assembly: tests/data/labels-dev.jsonl (the shared dev set, unchanged)
/// and tests/data/labels-worked-examples.jsonl (the forms added later, each with a party and a reason).
/// </summary>
public static class LabelsDevSet
{
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "data", "labels-dev.jsonl");

    public static string WorkedExamplesPath { get; } = Path.Combine(AppContext.BaseDirectory, "data", "labels-worked-examples.jsonl");

    /// <summary>id, name, phone, address, expected codes joined by ','.</summary>
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var (root, _) in Read(FilePath))
        {
            data.Add(root.Id, root.Name, root.Phone, root.Address, root.Expected);
        }

        return data;
    }

    /// <summary>id, name, phone, address, party wire name, expected codes joined by ','.</summary>
    public static TheoryData<string, string, string, string, string, string> WorkedExamples()
    {
        var data = new TheoryData<string, string, string, string, string, string>();
        foreach (var (row, party) in Read(WorkedExamplesPath))
        {
            data.Add(row.Id, row.Name, row.Phone, row.Address, WaybillParties.ToWireName(party), row.Expected);
        }

        return data;
    }

    private static IEnumerable<(Row Row, WaybillParty Party)> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var expected = root.GetProperty("expected").GetProperty("violations").EnumerateArray().Select(v => v.GetString());
            var party = WaybillParties.TryParse(Text(root, "party"), out var p) ? p : WaybillParty.Person;
            yield return (new Row(root.GetProperty("id").GetString()!, Text(root, "name"), Text(root, "phone"), Text(root, "address"), string.Join(",", expected)), party);
        }
    }

    private static string Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private sealed record Row(string Id, string Name, string Phone, string Address, string Expected);
}
