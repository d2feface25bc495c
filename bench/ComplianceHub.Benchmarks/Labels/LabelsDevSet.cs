using System.Text.Json;

namespace ComplianceHub.Benchmarks.Labels;

/// <summary>The shared worked examples (tests/data/labels-dev.jsonl, the repository's copy of the shared dev set).</summary>
public static class LabelsDevSet
{
    public static IReadOnlyList<LabelSample> Load()
    {
        var samples = new List<LabelSample>();
        foreach (var line in File.ReadLines(Locate()))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            samples.Add(new LabelSample(Text(root, "name"), Text(root, "phone"), Text(root, "address")));
        }

        return samples;
    }

    private static string Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    // BenchmarkDotNet runs each benchmark from a generated project below bin/, still inside the repository.
    private static string Locate()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ComplianceHub.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "data", "labels-dev.jsonl");
                }
            }
        }

        throw new InvalidOperationException("ComplianceHub.sln not found above " + AppContext.BaseDirectory);
    }
}
