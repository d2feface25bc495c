using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceHub.Cli.Tests.Labels;

/// <summary>The worked examples (tests/data/labels-dev.jsonl and labels-worked-examples.jsonl, copied next to the test assembly).</summary>
internal static class DevLabels
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Example(string Line, string Id, bool Compliant, IReadOnlyList<string> Violations)
    {
        /// <summary>The verdict line chub must print for this example, byte for byte.</summary>
        public string ExpectedOutput => JsonSerializer.Serialize(new { id = Id, compliant = Compliant, violations = Violations }, Relaxed);
    }

    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "data", "labels-dev.jsonl");

    public static IReadOnlyList<Example> All { get; } = [.. File.ReadLines(FilePath).Where(l => l.Length > 0).Select(Parse)];

    /// <summary>tests/data/labels-worked-examples.jsonl: later forms, some declaring <c>"party"</c>.</summary>
    public static string WorkedExamplesPath { get; } = Path.Combine(AppContext.BaseDirectory, "data", "labels-worked-examples.jsonl");

    public static IReadOnlyList<Example> WorkedExamples { get; } = [.. File.ReadLines(WorkedExamplesPath).Where(l => l.Length > 0).Select(Parse)];

    private static Example Parse(string line)
    {
        var node = JsonNode.Parse(line)!;
        var expected = node["expected"]!;
        return new Example(
            line,
            (string)node["id"]!,
            (bool)expected["compliant"]!,
            [.. expected["violations"]!.AsArray().Select(v => (string)v!)]);
    }
}
