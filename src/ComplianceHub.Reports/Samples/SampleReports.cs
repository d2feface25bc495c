using System.Diagnostics;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Verification;

namespace ComplianceHub.Reports.Samples;

/// <summary>Renders every document from the synthetic demo data, so anyone can look at them without running the hub.</summary>
public static class SampleReports
{
    public const string DemoBaseUrl = "https://hub.example.gov.cn";

    /// <summary>The sample files and how each is rendered, in the order they are written.</summary>
    public static IReadOnlyList<(string FileName, Func<Stream, int> Render)> All { get; } =
    [
        ("postal-inspection.pdf", output => PostalInspectionReport.Render(DemoInspections.Postal(), Issue("RPT-20261120-PO-0007"), output)),
        ("cyberspace-inspection.pdf", output => CyberspaceInspectionReport.Render(DemoInspections.Cyberspace(), Issue("RPT-20261120-CY-0003"), output)),
        ("self-assessment.pdf", output => SelfAssessmentReport.Render(DemoEnterprises.Outlet(), Issue("RPT-20261120-SA-0112"), output)),
        // A small county keeps the committed file small; the 10,000-enterprise case is measured, not committed.
        ("jurisdiction-330782.pdf", output => JurisdictionReport.Render(DemoJurisdiction.Yiwu(400), Issue("RPT-20261120-JR-0001"), output)),
    ];

    public static ReportIssue Issue(string reportId) => new(reportId, DemoBaseUrl);

    /// <summary>Writes each sample into <paramref name="outputDir"/>; returns what was written (file, pages, bytes, ms).</summary>
    public static IReadOnlyList<SampleResult> RenderAll(string outputDir)
    {
        Directory.CreateDirectory(outputDir);
        var results = new List<SampleResult>();
        foreach (var (fileName, render) in All)
        {
            var path = Path.Combine(outputDir, fileName);
            var watch = Stopwatch.StartNew();
            int pages;
            using (var file = File.Create(path))
            {
                pages = render(file);
            }

            results.Add(new SampleResult(path, pages, new FileInfo(path).Length, watch.Elapsed));
        }

        return results;
    }
}
