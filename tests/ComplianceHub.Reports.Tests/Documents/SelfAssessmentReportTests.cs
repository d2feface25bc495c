using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Samples;

namespace ComplianceHub.Reports.Tests.Documents;

public sealed class SelfAssessmentReportTests
{
    private static readonly Lazy<(EnterpriseReportData Data, RenderedReport Report)> Rendered = new(() =>
    {
        var data = DemoEnterprises.Outlet();
        return (data, RenderedReport.Of(SelfAssessmentReport.Build(data, SampleReports.Issue("RPT-TEST-SA-0001"))));
    });

    [Fact]
    public void Title_page_numbers_and_verification_url()
    {
        var report = Rendered.Value.Report;

        Assert.Equal("企业自查报告", report.Text.ContentLines()[0].Text);
        report.AssertPageNumbers();
        Assert.Contains("https://hub.example.gov.cn/api/v1/reports/RPT-TEST-SA-0001/verify", report.Flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_issue_stays_on_one_page_with_its_evidence_and_advice_and_the_declaration_with_its_seal()
    {
        var data = Rendered.Value.Data;
        Rendered.Value.Report.AssertKeepTogetherGroupsStayOnOnePage(SelfAssessmentReport.Build(data, SampleReports.Issue("RPT-TEST-SA-0001")));
    }

    [Fact]
    public void Shows_score_and_risk_badge()
    {
        var flat = Rendered.Value.Report.Flat;

        Assert.Contains("合规评分58/100", flat, StringComparison.Ordinal);
        Assert.Contains("综合风险等级高风险", flat, StringComparison.Ordinal);
        Assert.Contains("未整改问题7项（高度4项，中度3项）", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_open_finding_has_its_legal_basis_and_what_to_do()
    {
        var (data, report) = Rendered.Value;
        var flat = report.Flat;

        Assert.All(data.Findings.Where(f => f.IsOpen), f =>
        {
            Assert.Contains(RenderedReport.Squeeze(f.TitleZh), flat, StringComparison.Ordinal);
            Assert.Contains("法律依据" + RenderedReport.Squeeze(f.LegalBasis), flat, StringComparison.Ordinal);
            Assert.Contains("整改建议" + RenderedReport.Squeeze(Remediation.For(f.RuleId)), flat, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_rule_of_the_rulebook_has_its_own_remediation_text()
    {
        var texts = Domain.Compliance.ComplianceRules.All.Select(r => Remediation.For(r.Id)).ToList();

        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(Remediation.For("NO-SUCH-RULE"), texts);
    }

    [Fact]
    public void Carries_no_phone_number() => Rendered.Value.Report.AssertNoPhoneNumber();
}
