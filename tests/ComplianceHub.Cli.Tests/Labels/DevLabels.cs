using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceHub.Cli.Tests.Labels;

/// <summary>The shared worked examples (../shared/data/labels-dev.jsonl beside the solution folder).</summary>
internal static class DevLabels
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Example(string Line, string Id, bool Compliant, IReadOnlyList<string> Violations)
    {
        /// <summary>The verdict line chub must print for this example, byte for byte.</summary>
        public string ExpectedOutput => JsonSerializer.Serialize(new { id = Id, compliant = Compliant, violations = Violations }, Relaxed);
    }

    public static string FilePath { get; } = Locate();

    public static IReadOnlyList<Example> All { get; } = [.. File.ReadLines(FilePath).Where(l => l.Length > 0).Select(Parse)];

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

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceHub.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "labels-dev.jsonl"));
            }
        }

        throw new InvalidOperationException("ComplianceHub.sln not found above " + AppContext.BaseDirectory);
    }
}
