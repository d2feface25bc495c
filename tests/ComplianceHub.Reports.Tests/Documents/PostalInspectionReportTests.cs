using System.Globalization;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Samples;

namespace ComplianceHub.Reports.Tests.Documents;

public sealed class PostalInspectionReportTests
{
    internal static readonly float[] FindingColumns = [0.45f, 2.5f, 0.7f, 0.7f, 1.1f, 2.4f];

    internal static readonly float[] ChecklistColumns = [1.25f, 3.2f, 0.6f, 1.6f];

    private static readonly Lazy<(InspectionReportData Data, RenderedReport Report)> Rendered = new(() =>
    {
        var data = DemoInspections.Postal();
        return (data, RenderedReport.Of(PostalInspectionReport.Build(data, SampleReports.Issue("RPT-TEST-PO-0001"))));
    });

    [Fact]
    public void Title_and_issuing_office_read_back_exactly()
    {
        var lines = Rendered.Value.Report.Text.ContentLines().Select(l => l.Text).ToList();

        Assert.Equal("寄递用户个人信息安全检查报告", lines[0]);
        Assert.Contains("邮政管理部门 · 义乌市邮政管理局", lines);
    }

    [Fact]
    public void The_signature_and_seal_block_stays_on_one_page()
    {
        var data = Rendered.Value.Data;
        Rendered.Value.Report.AssertKeepTogetherGroupsStayOnOnePage(PostalInspectionReport.Build(data, SampleReports.Issue("RPT-TEST-PO-0001")));
    }

    [Fact]
    public void Is_six_to_ten_pages_each_numbered_x_of_total()
    {
        var report = Rendered.Value.Report;

        Assert.InRange(report.Text.PageCount, 6, 10);
        report.AssertPageNumbers();
    }

    [Fact]
    public void Prints_report_id_verification_url_generation_time_and_evidence_head()
    {
        var (data, report) = Rendered.Value;
        var flat = report.Flat;

        Assert.Contains("https://hub.example.gov.cn/api/v1/reports/RPT-TEST-PO-0001/verify", flat, StringComparison.Ordinal);
        Assert.Contains("报告编号ReportID：RPT-TEST-PO-0001", flat, StringComparison.Ordinal);
        Assert.Contains("2026-11-2014:30（北京时间）", flat, StringComparison.Ordinal);
        Assert.Contains($"第{data.Enterprise.Evidence.HeadSeq}条证据", flat, StringComparison.Ordinal);
        Assert.Contains(data.Enterprise.Evidence.HeadHash, flat, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, report.Text.PageCount), page =>
            Assert.EndsWith("报告编号 RPT-TEST-PO-0001", report.Text.Lines.Where(l => l.Page == page).MaxBy(l => l.Baseline)!.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Shows_key_figures_from_the_snapshot()
    {
        var (data, report) = Rendered.Value;
        var labels = data.Enterprise.Labels;
        var flat = report.Flat;

        Assert.Contains("打印面单" + labels.Printed.ToString("N0", CultureInfo.InvariantCulture) + "件", flat, StringComparison.Ordinal);
        Assert.Contains("抽检合格率" + (labels.VerifiedCoverage!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%", flat, StringComparison.Ordinal);
        Assert.Contains("保密协议有效34人（89.5%）", flat, StringComparison.Ordinal);
        Assert.Contains("中通快递（zto）", flat, StringComparison.Ordinal);
        Assert.Contains("近90日隐私面单覆盖率", flat, StringComparison.Ordinal); // chart title, drawn once as text
        Assert.Contains("抽检不合格构成", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_every_checklist_item_and_every_rectification_deadline()
    {
        var (data, report) = Rendered.Value;
        var flat = report.Flat;

        // Identifiers are kept on one line: each is found whole on one printed line.
        Assert.All(InspectionChecklist.Load(InspectionAuthority.Postal).Items, item => Assert.Contains(report.Text.Lines, l => l.Text.Contains(item.Id, StringComparison.Ordinal)));
        Assert.All(data.Inspection.Orders, order =>
        {
            Assert.Contains(report.Text.Lines, l => l.Text.Contains(order.OrderId, StringComparison.Ordinal));
            Assert.Contains(order.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), flat, StringComparison.Ordinal);
        });
        var (signFrom, signTo) = RenderedReport.ColumnRange([2f, 2.2f, 1.3f], 0);
        var signatories = report.Column(signFrom, signTo);
        Assert.All(data.Inspection.Inspectors, name => Assert.Contains("检查人员：" + RenderedReport.Squeeze(name), signatories, StringComparison.Ordinal));
        Assert.Contains("被检查单位代表（网点负责人）", signatories, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_shows_its_legal_basis()
    {
        var (data, report) = Rendered.Value;
        var (from, to) = RenderedReport.ColumnRange(FindingColumns, 5);
        var basisColumn = report.Column(from, to);

        Assert.All(data.Enterprise.Findings, f => Assert.Contains(RenderedReport.Squeeze(f.LegalBasis), basisColumn, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_finding_says_whether_it_is_a_legal_duty_our_policy_or_a_risk_lead()
    {
        var (data, report) = Rendered.Value;
        var (from, to) = RenderedReport.ColumnRange(FindingColumns, 2);
        var basisColumn = report.Column(from, to);

        Assert.Contains("风险线索", basisColumn, StringComparison.Ordinal);
        Assert.Contains("法定义务", basisColumn, StringComparison.Ordinal);
        Assert.Contains("本平台政策", basisColumn, StringComparison.Ordinal);
        Assert.Contains("性质说明：法定义务", report.Flat, StringComparison.Ordinal);
        Assert.Contains(data.Enterprise.Findings, f => f.Basis == Domain.Compliance.RuleBasis.RiskLead);
    }

    [Fact]
    public void Liability_cites_the_provision_applied_per_finding_and_prints_no_unconfirmed_figure()
    {
        var flat = Rendered.Value.Report.Flat;

        Assert.Contains("逾期未改正的法律责任", flat, StringComparison.Ordinal);
        Assert.Contains("《个人信息保护法》第六十六条", flat, StringComparison.Ordinal);
        Assert.Contains("《快递暂行条例》法律责任一章", flat, StringComparison.Ordinal);
        Assert.Contains("适用条款及罚款", flat, StringComparison.Ordinal);
        Assert.Contains("第1项", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("1万元以上5万元以下", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("5万元以上10万元以下", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("逾期未改正的，依照《快递暂行条例》处罚款", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_the_reviewed_wording()
    {
        var flat = Rendered.Value.Report.Flat;

        Assert.Contains("地址单元户室号未隐藏", flat, StringComparison.Ordinal);
        Assert.Contains("申报与抽检不符批次", flat, StringComparison.Ordinal);
        Assert.Contains("印有身份证件号码", flat, StringComparison.Ordinal);
        Assert.Contains("虚拟号码（隐私号）", flat, StringComparison.Ordinal);
        Assert.Contains("已整改", flat, StringComparison.Ordinal);
        Assert.Contains("通知个人", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("已消除", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("告知个人", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("虚报批次", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("虚拟安全号", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("较大及以上", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Carries_no_phone_number() => Rendered.Value.Report.AssertNoPhoneNumber();
}
