using System.Diagnostics;
using System.Globalization;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Samples;

namespace ComplianceHub.Benchmarks.Reports;

/// <summary>
/// Wall-clock timing of report rendering, printed as figures (no thresholds): the postal inspection report's
/// p50/p90 and size, and the jurisdiction report's pages per second and the process's peak working set.
/// </summary>
internal static class ReportTiming
{
    public static int Run(string[] args)
    {
        switch (args)
        {
            case [_, "chromium", ..]:
                return Chromium.ChromiumComparison.RunAsync(args).GetAwaiter().GetResult();
            case [_, "postal", ..]:
                Postal(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50);
                return 0;
            case [_, "jurisdiction", ..]:
                Jurisdiction(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000, args.Length <= 3 || args[3] != "in-memory");
                return 0;
            default:
                Console.Error.WriteLine("usage: reports postal [iterations] | reports jurisdiction [enterprises] [streaming|in-memory] | reports chromium OUTDIR [iterations] [chromium]");
                return 2;
        }
    }

    private static void Postal(int iterations)
    {
        var data = DemoInspections.Postal();
        var issue = SampleReports.Issue("RPT-BENCH-PO");
        long bytes = 0;
        var pages = 0;
        var times = new List<double>(iterations);
        for (var i = 0; i < iterations + 5; i++)
        {
            using var output = new MemoryStream();
            var watch = Stopwatch.StartNew();
            pages = PostalInspectionReport.Render(data, issue, output); // document built inside: checklist load and charts count
            watch.Stop();
            bytes = output.Length;
            if (i >= 5)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // the first 5 warm up JIT and font loading
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"postal inspection report: {pages} pages, {bytes / 1024.0:0.0} KB, p50 {times[times.Count / 2]:0.0} ms, p90 {times[(int)(times.Count * 0.9)]:0.0} ms, min {times[0]:0.0} ms over {iterations} renders"));
    }

    private static void Jurisdiction(int enterprises, bool streaming)
    {
        var document = JurisdictionReport.Build(DemoJurisdiction.Yiwu(enterprises), SampleReports.Issue("RPT-BENCH-JR"));
        WarmUp();
        var output = new CountingStream();
        var watch = Stopwatch.StartNew();
        var pages = streaming ? PdfReportWriter.WriteStreaming(document, output) : PdfReportWriter.Write(document, output);
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"jurisdiction report ({(streaming ? "streaming" : "in-memory")}), {enterprises} enterprises: {pages} pages, {output.Length / 1024.0 / 1024.0:0.00} MB, {watch.Elapsed.TotalSeconds:0.00} s, {pages / watch.Elapsed.TotalSeconds:0} pages/s, peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB"));
    }

    /// <summary>Loads fonts and JITs the layout on a small report, so the timed run measures rendering.</summary>
    private static void WarmUp()
    {
        var small = JurisdictionReport.Build(DemoJurisdiction.Yiwu(50), SampleReports.Issue("RPT-WARM"));
        PdfReportWriter.WriteStreaming(small, new CountingStream());
        _ = new ReportDocument { Title = "warm", Author = "warm" };
    }
}
