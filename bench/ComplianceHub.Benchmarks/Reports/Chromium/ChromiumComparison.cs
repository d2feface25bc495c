using System.Diagnostics;
using System.Globalization;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Samples;
using UglyToad.PdfPig;

namespace ComplianceHub.Benchmarks.Reports.Chromium;

/// <summary>
/// Issue 6's comparison: the postal inspection report rendered by our SkiaSharp layout (in-process, warm) against
/// the same content as HTML printed by headless Chromium, (1) one Chromium process per PDF, as a server would
/// naively do, and (2) one warm Chromium driven over DevTools. Prints medians, ratios and file sizes; no thresholds.
/// </summary>
internal static class ChromiumComparison
{
    /// <summary>Flags every Chromium run here shares: no sandbox (root in a container), no GPU, nothing fetched.</summary>
    public static readonly string[] CommonFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--mute-audio", "--hide-scrollbars",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        // reports chromium OUTDIR [iterations] [chromium-path]
        var outDir = Path.GetFullPath(args.Length > 2 ? args[2] : "bench-out/chromium");
        var iterations = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15;
        var chromium = args.Length > 4 ? args[4] : "chromium";
        Directory.CreateDirectory(outDir);

        var data = DemoInspections.Postal();
        var issue = SampleReports.Issue("RPT-BENCH-PO");

        // (1) SkiaSharp in-process, warm: as ReportTiming measures it, the document built inside each render.
        var skia = Measure(iterations, warmUp: 5, () =>
        {
            using var output = new MemoryStream();
            PostalInspectionReport.Render(data, issue, output);
            return output.ToArray();
        }, out var skiaPdf);
        var skiaPath = Path.Combine(outDir, "postal-skia.pdf");
        await File.WriteAllBytesAsync(skiaPath, skiaPdf);

        // The HTML: written once (its own cost, ScottPlot's SVG charts included, is shown apart and left out of Chromium's times).
        var document = PostalInspectionReport.Build(data, issue);
        var html = Measure(iterations, warmUp: 2, () => System.Text.Encoding.UTF8.GetBytes(HtmlReportWriter.Write(document)), out var htmlBytes);
        var htmlPath = Path.Combine(outDir, "postal.html");
        await File.WriteAllBytesAsync(htmlPath, htmlBytes);
        var htmlUrl = new Uri(htmlPath).AbsoluteUri;

        // (2) Chromium cold: a new browser process per PDF.
        var coldPath = Path.Combine(outDir, "postal-chromium-cold.pdf");
        var cold = Measure(iterations, warmUp: 1, () => PrintCold(chromium, htmlUrl, coldPath, outDir), out var coldPdf);

        // (3) Chromium warm: one browser, the page loaded and printed per report over DevTools.
        byte[] warmPdf;
        List<double> warm;
        List<double> loads;
        await using (var session = await DevToolsSession.StartAsync(chromium))
        {
            warm = await MeasureAsync(iterations, warmUp: 3, () => session.PrintAsync(htmlUrl), out var last);
            warmPdf = await last;
            loads = [.. session.LoadTimes.Skip(3).Order()];
        }

        var warmPath = Path.Combine(outDir, "postal-chromium-warm.pdf");
        await File.WriteAllBytesAsync(warmPath, warmPdf);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"postal inspection report, {iterations} runs each after warm-up, medians (2-core shared machine: noisy):"));
        Row("SkiaSharp (in-process, warm)", skia, skiaPdf);
        Row("HTML generation (for Chromium)", html, htmlBytes, isPdf: false);
        Row("Chromium, process per PDF", cold, coldPdf);
        Row("Chromium, warm over DevTools", warm, warmPdf);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which page load (navigate to load event) p50 {Median(loads):0.0} ms; the rest is Page.printToPDF"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio Chromium/Skia: cold {Median(cold) / Median(skia):0.0}x, warm {Median(warm) / Median(skia):0.0}x (warm + HTML generation {(Median(warm) + Median(html)) / Median(skia):0.0}x)"));
        Console.WriteLine($"files: {skiaPath}, {htmlPath}, {coldPath}, {warmPath}");
        return 0;
    }

    private static byte[] PrintCold(string chromium, string htmlUrl, string pdfPath, string outDir)
    {
        var profile = Directory.CreateTempSubdirectory("chub-chromium-cold-").FullName;
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = outDir };
            foreach (var arg in CommonFlags)
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add($"--user-data-dir={profile}");
            start.ArgumentList.Add("--no-pdf-header-footer");
            start.ArgumentList.Add($"--print-to-pdf={pdfPath}");
            start.ArgumentList.Add(htmlUrl);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(pdfPath))
            {
                throw new InvalidOperationException($"chromium exited {process.ExitCode}: {errors}");
            }

            return File.ReadAllBytes(pdfPath);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static List<double> Measure(int iterations, int warmUp, Func<byte[]> run, out byte[] last)
    {
        var times = new List<double>(iterations);
        last = [];
        for (var i = 0; i < iterations + warmUp; i++)
        {
            var watch = Stopwatch.StartNew();
            last = run();
            watch.Stop();
            if (i >= warmUp)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times;
    }

    private static Task<List<double>> MeasureAsync(int iterations, int warmUp, Func<Task<byte[]>> run, out Task<byte[]> last)
    {
        var result = new TaskCompletionSource<byte[]>();
        last = result.Task;
        return Run();

        async Task<List<double>> Run()
        {
            var times = new List<double>(iterations);
            byte[] pdf = [];
            for (var i = 0; i < iterations + warmUp; i++)
            {
                var watch = Stopwatch.StartNew();
                pdf = await run();
                watch.Stop();
                if (i >= warmUp)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            result.SetResult(pdf);
            times.Sort();
            return times;
        }
    }

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];

    private static void Row(string what, List<double> times, byte[] bytes, bool isPdf = true)
    {
        var pages = "";
        if (isPdf)
        {
            using var pdf = PdfDocument.Open(bytes);
            pages = string.Create(CultureInfo.InvariantCulture, $", {pdf.NumberOfPages} pages");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-32} p50 {Median(times),8:0.0} ms  min {times[0],8:0.0} ms  max {times[^1],8:0.0} ms  {bytes.Length / 1024.0,7:0.0} KB{pages}"));
    }
}
