using System.Text;

namespace ComplianceHub.Cli.Tests.Labels;

public sealed class LabelsCheckStreamingTests : IDisposable
{
    private const int LineCount = 200_000;

    private readonly string _directory = Directory.CreateTempSubdirectory("chub-stream-").FullName;

    [Fact]
    public void A_200k_line_file_streams_through_with_one_verdict_per_line_in_order_and_allocations_independent_of_its_size()
    {
        var input = Path.Combine(_directory, "labels.jsonl");
        var output = Path.Combine(_directory, "verdicts.jsonl");
        var examples = DevLabels.All;
        using (var writer = new StreamWriter(input, append: false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < LineCount; i++)
            {
                // Each line is a dev example under a fresh id, so both order and verdicts can be checked.
                var example = examples[i % examples.Count];
                writer.Write("{\"id\":\"g");
                writer.Write(i);
                writer.Write('"');
                writer.Write(example.Line.AsSpan(example.Line.IndexOf(',', StringComparison.Ordinal)));
                writer.Write('\n');
            }
        }

        int exitCode;
        string stderr;
        long allocated;
        using (var stdout = File.Create(output))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            exitCode = CliRun.Invoke(Stream.Null, stdout, out stderr, "labels", "check", input);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, exitCode);
        Assert.Contains($"已检查 checked: {LineCount}\n", stderr, StringComparison.Ordinal);
        var lines = 0;
        foreach (var line in File.ReadLines(output))
        {
            var expected = examples[lines % examples.Count] with { Id = $"g{lines}" };
            Assert.Equal(expected.ExpectedOutput, line);
            lines++;
        }

        Assert.Equal(LineCount, lines);

        // The input is tens of MB; reading it as strings alone would allocate twice that. A streaming
        // run allocates its buffers once, so what it allocates does not grow with the file.
        var inputBytes = new FileInfo(input).Length;
        Assert.True(allocated < inputBytes / 10, $"allocated {allocated:N0} bytes for {inputBytes:N0} bytes of input");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
