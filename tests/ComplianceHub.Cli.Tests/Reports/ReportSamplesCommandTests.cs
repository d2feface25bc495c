namespace ComplianceHub.Cli.Tests.Reports;

public sealed class ReportSamplesCommandTests
{
    [Fact]
    public void Renders_the_four_sample_pdfs_into_the_directory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "chub-samples-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = CliRun.Invoke(string.Empty, "report", "samples", directory);

            Assert.Equal(0, result.ExitCode);
            string[] expected = ["cyberspace-inspection.pdf", "jurisdiction-330782.pdf", "postal-inspection.pdf", "self-assessment.pdf"];
            Assert.Equal(expected, Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.All(Directory.GetFiles(directory), file => Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(file)[..4]));
            Assert.Equal(4, result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void A_directory_that_cannot_be_created_exits_2()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = CliRun.Invoke(string.Empty, "report", "samples", Path.Combine(file, "under-a-file"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("无法写入目录", result.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
