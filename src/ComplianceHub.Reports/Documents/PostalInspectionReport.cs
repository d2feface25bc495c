using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Verification;

namespace ComplianceHub.Reports.Documents;

/// <summary>
/// 邮政管理部门 寄递用户个人信息安全检查报告: the postal administration's inspection report, centred on
/// waybills, outlets and the franchise chain (GB/T 41833-2022, 寄递服务用户个人信息安全管理规定, 快递暂行条例).
/// </summary>
public static class PostalInspectionReport
{
    public const string Title = "寄递用户个人信息安全检查报告";

    public static int Render(InspectionReportData data, ReportIssue issue, Stream output) =>
        PdfReportWriter.Write(Build(data, issue), output);

    public static ReportDocument Build(InspectionReportData data, ReportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(issue);
        var enterprise = data.Enterprise;
        var labels = enterprise.Labels;
        var checklist = InspectionChecklist.Load(InspectionAuthority.Postal);
        var document = ReportSections.InspectionOpening(Title, "邮政管理部门", data, checklist, issue);
        var blocks = document.Blocks;

        blocks.Add(new Heading("二、被检查单位基本情况"));
        blocks.Add(ReportSections.Profile(enterprise, withScale: false));
        if (enterprise.Profile.Brand is { } brand)
        {
            blocks.Add(new Paragraph($"该单位为{ReportSections.BrandName(brand)}加盟网点。依据《寄递服务用户个人信息安全管理规定》（条文未经核实），加盟协议应载明用户信息安全条款，品牌总部对加盟网点的用户信息安全负管理责任，本报告同时抄送品牌总部。"));
        }

        blocks.Add(new Heading("三、隐私面单使用情况"));
        blocks.Add(new KeyValueBlock(
        [
            new("统计期间", labels.Days.Count == 0
                ? "尚无面单数据 (no label data reported yet)"
                : $"{ReportFormat.Date(labels.Days[0].Day)} 至 {ReportFormat.Date(labels.Days[^1].Day)}（{labels.Days.Count} 日）"),
            new("打印面单", ReportFormat.Count(labels.Printed) + " 件"),
            new("申报隐私面单", $"{ReportFormat.Count(labels.DeclaredMasked)} 件（申报覆盖率 {ReportFormat.Percent(labels.DeclaredCoverage)}）"),
            new("抽检面单", $"{ReportFormat.Count(labels.SamplesChecked)} 件，合格 {ReportFormat.Count(labels.Compliant)} 件（抽检合格率 {ReportFormat.Percent(labels.VerifiedCoverage)}）"),
            new("姓名未隐藏", ReportFormat.Count(labels.NameVisible) + " 件（NAME_VISIBLE）"),
            new("电话隐藏不足 6 位", ReportFormat.Count(labels.PhoneUnderMasked) + " 件（PHONE_UNDER_MASKED）"),
            new("地址单元户室号未隐藏", ReportFormat.Count(labels.AddressRoomVisible) + " 件（ADDRESS_ROOM_VISIBLE）"),
            new("印有身份证件号码", ReportFormat.Count(labels.IdNumberPrinted) + " 件（ID_NUMBER_PRINTED）"),
            new("申报与抽检不符批次", ReportFormat.Count(labels.DeclarationsContradicted) + " 批（是否构成虚报见问题清单）"),
        ]));
        blocks.Add(new Paragraph("GB/T 41833-2022《快递电子运单》（推荐性国家标准）要求：姓名至少隐藏 1 个汉字，电话至少隐藏 6 位（以隐藏位数计，常见的“138****5678”仅隐藏 4 位，不合格），地址隐藏单元户室号；可使用虚拟号码（隐私号）代替真实电话。《快递暂行条例》规定快递运单上不得记录姓名（名称）、地址、联系电话以外的用户身份信息。申报覆盖率为企业自报，抽检合格率为平台对抽样面单的核验结果；申报全部为隐私面单而抽检不合格的批次记为“申报与抽检不符”，超出规则库容差的才认定为虚报。", TextStyle.Small));
        blocks.Add(ReportCharts.CoverageTrend(ReportCharts.Trend(labels), "近 90 日隐私面单覆盖率"));
        blocks.Add(ReportCharts.ViolationMix(labels));

        blocks.Add(new Heading("四、从业人员保密与培训"));
        var staff = enterprise.Staff;
        blocks.Add(new KeyValueBlock(
        [
            new("在册人员", staff.StaffCount + " 人"),
            new("接触用户信息人员", staff.HandlingPersonalInfo + " 人"),
            new("保密协议有效", $"{staff.WithNdaInForce} 人（{ReportFormat.Percent(staff.WithNdaInForce, staff.HandlingPersonalInfo)}）"),
            new("培训周期内接受培训", staff.TrainingLine(ReportFormat.Percent)),
            new("离职未注销账号", staff.DepartedWithAccountOpen + " 个"),
        ]));

        blocks.Add(new Heading("五、账号与访问控制"));
        blocks.Add(ReportSections.AccountFindings(enterprise.Findings, "账号与访问控制方面的问题"));

        blocks.Add(new Heading("六、安全事件"));
        blocks.Add(enterprise.Incidents.Count == 0 ? ReportSections.NoneFound("用户信息安全事件") : ReportSections.Incidents(enterprise.Incidents));

        ReportSections.AddInspectionClosing(
            blocks, ["七", "八", "九", "十"], data, checklist,
            ordersNote: "被检查单位应在整改期限内完成整改并书面报告整改情况。逾期未改正的，依照下表所列各项问题适用的条款处理。");
        return document;
    }
}
