using System.Text.RegularExpressions;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Samples;

namespace ComplianceHub.Reports.Tests.Documents;

public sealed partial class JurisdictionReportTests
{
    private const int Enterprises = 2_000;

    private static readonly Lazy<(JurisdictionReportData Data, RenderedReport Report)> Rendered = new(() =>
    {
        var data = DemoJurisdiction.Yiwu(Enterprises);
        return (data, RenderedReport.Of(JurisdictionReport.Build(data, SampleReports.Issue("RPT-TEST-JR-0001")), streaming: true));
    });

    [Fact]
    public void Title_page_numbers_and_verification_url()
    {
        var report = Rendered.Value.Report;

        Assert.Equal("辖区监管报告", report.Text.ContentLines()[0].Text);
        Assert.True(report.Text.PageCount > 50, $"2,000 enterprises should fill many pages, got {report.Text.PageCount}");
        report.AssertPageNumbers();
        Assert.Contains("https://hub.example.gov.cn/api/v1/reports/RPT-TEST-JR-0001/verify", report.Flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Enterprise_list_has_every_enterprise_exactly_once()
    {
        var report = Rendered.Value.Report;
        var listStarts = report.Text.Lines.First(l => l.Text == "六、企业风险清单").Page;
        var (from, to) = RenderedReport.ColumnRange([1.9f, 2.2f, 1.1f, 0.55f, 0.75f, 0.6f, 0.85f], 0);

        var ids = EnterpriseId().Matches(report.Column(from, to, listStarts)).Select(m => m.Value).ToList();

        Assert.Equal(Enterprises, ids.Count);
        Assert.Equal(Enterprises, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Aggregates_children_and_overdue_orders_are_printed()
    {
        var (data, report) = Rendered.Value;
        var flat = report.Flat;

        Assert.Contains("监管企业2,000家", flat, StringComparison.Ordinal);
        Assert.All(data.Totals.ByRisk, pair => Assert.True(pair.Value > 0));
        Assert.Equal(Enterprises, data.Totals.ByRisk.Values.Sum());
        Assert.All(data.Children, child => Assert.Single(Regex.Matches(flat, child.Code + Regex.Escape(child.Name))));
        var orderIds = Regex.Matches(report.All, @"YZ-GZ-2026-\d{5}").Select(m => m.Value).ToList();
        Assert.Equal(data.OverdueOrders.Select(o => o.OrderId), orderIds);
    }

    [Fact]
    public void Streaming_and_in_memory_rendering_give_the_same_pages()
    {
        var data = DemoJurisdiction.Yiwu(300);
        var document = JurisdictionReport.Build(data, SampleReports.Issue("RPT-TEST-JR-0002"));

        var inMemory = RenderedReport.Of(document);
        var streamed = RenderedReport.Of(document, streaming: true);

        Assert.Equal(inMemory.Text.PageCount, streamed.Text.PageCount);
        Assert.Equal(inMemory.All, streamed.All);
    }

    [Fact]
    public void Carries_no_phone_number() => Rendered.Value.Report.AssertNoPhoneNumber();

    [GeneratedRegex(@"91330782DM\d{5}X")]
    private static partial Regex EnterpriseId();
}
