using System.Text.Json;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

/// <summary>The worked examples (tests/data/labels-dev.jsonl, copied next to the test assembly).</summary>
public static class LabelsDevSet
{
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "data", "labels-dev.jsonl");

    /// <summary>id, name, phone, address, expected codes joined by ','.</summary>
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(FilePath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var expected = root.GetProperty("expected").GetProperty("violations").EnumerateArray().Select(v => v.GetString());
            data.Add(
                root.GetProperty("id").GetString()!,
                Text(root, "name"),
                Text(root, "phone"),
                Text(root, "address"),
                string.Join(",", expected));
        }

        return data;
    }

    private static string Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
