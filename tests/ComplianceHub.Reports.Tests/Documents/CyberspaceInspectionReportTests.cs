using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Samples;

namespace ComplianceHub.Reports.Tests.Documents;

public sealed class CyberspaceInspectionReportTests
{
    private static readonly Lazy<(InspectionReportData Data, RenderedReport Report)> Rendered = new(() =>
    {
        var data = DemoInspections.Cyberspace();
        return (data, RenderedReport.Of(CyberspaceInspectionReport.Build(data, SampleReports.Issue("RPT-TEST-CY-0001"))));
    });

    [Fact]
    public void Title_page_numbers_and_verification_url()
    {
        var report = Rendered.Value.Report;

        Assert.Equal("个人信息保护检查报告", report.Text.ContentLines()[0].Text);
        Assert.Contains("网信部门 · 金华市委网信办", report.Text.ContentLines().Select(l => l.Text));
        report.AssertPageNumbers();
        Assert.Contains("https://hub.example.gov.cn/api/v1/reports/RPT-TEST-CY-0001/verify", report.Flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Centres_on_pipl_duties_with_their_own_legal_references()
    {
        var flat = Rendered.Value.Report.Flat;

        Assert.Contains("三、个人信息保护负责人", flat, StringComparison.Ordinal);
        Assert.Contains("处理个人信息达1,000,000人（《个人信息保护法》第五十二条", flat, StringComparison.Ordinal);
        Assert.Contains("报送日期未报送", flat, StringComparison.Ordinal);
        Assert.Contains("最近一次审计2024-03-15", flat, StringComparison.Ordinal);
        Assert.Contains("下次审计最迟2026-03-15", flat, StringComparison.Ordinal);
        Assert.Contains("网络安全法》第二十一条", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("十、签字确认", flat, StringComparison.Ordinal); // the postal numbering
        Assert.Contains("十一、签字确认", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_recipients_and_deadline_of_the_enterprises_route_and_the_renumbered_law()
    {
        var flat = Rendered.Value.Report.Flat;

        Assert.Contains("本单位应向属地省级网信部门报告，时限4小时", flat, StringComparison.Ordinal);
        Assert.Contains("关键信息基础设施的最迟1小时内向保护工作部门、公安机关", flat, StringComparison.Ordinal);
        Assert.Contains("中央和国家机关各部门及其直属单位最迟2小时内向本部门网信工作机构", flat, StringComparison.Ordinal);
        Assert.Contains("网络安全事件报告对象属地省级网信部门（4小时内）", flat, StringComparison.Ordinal);

        // The account finding of 2026-10 cites the article number in force then.
        Assert.Contains("《网络安全法》第二十三条", flat, StringComparison.Ordinal);
        Assert.Contains("2026-01-01施行；原", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("较大及以上", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Incident_clock_marks_the_major_incident_late_and_the_general_one_exempt()
    {
        var report = Rendered.Value.Report;
        float[] columns = [1.1f, 1.3f, 1.1f, 1.2f, 0.7f, 0.6f, 1f, 1.1f];
        string Column(int i) => report.Column(RenderedReport.ColumnRange(columns, i).From, RenderedReport.ColumnRange(columns, i).To);

        // INC-2026-007: 较大, detected 03:00, CAC told 12:30 → 9.5 h against 4 h; INC-2026-019 is 一般.
        Assert.Contains("9.5小时", Column(4), StringComparison.Ordinal);
        Assert.Contains("超时报告未达较大，办法不要求报告", Column(6), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_shows_its_legal_basis()
    {
        var (data, report) = Rendered.Value;
        var (from, to) = RenderedReport.ColumnRange(PostalInspectionReportTests.FindingColumns, 5);
        var basisColumn = report.Column(from, to);

        Assert.All(data.Enterprise.Findings, f => Assert.Contains(RenderedReport.Squeeze(f.LegalBasis), basisColumn, StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_every_rectification_order_without_the_postal_penalty_note()
    {
        var (data, report) = Rendered.Value;

        var (from, to) = RenderedReport.ColumnRange([1.2f, 3f, 1.9f, 0.95f, 0.8f], 0);
        var orderColumn = report.Column(from, to);

        Assert.All(data.Inspection.Orders, order => Assert.Contains(order.OrderId, orderColumn, StringComparison.Ordinal));
        Assert.DoesNotContain("快递暂行条例", report.Flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Carries_no_phone_number() => Rendered.Value.Report.AssertNoPhoneNumber();
}
