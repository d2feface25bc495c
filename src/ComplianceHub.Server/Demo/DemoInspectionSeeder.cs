using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Server.Demo;

/// <summary>
/// One closed postal inspection of the first demo outlet, with two rectification orders: one rectified and
/// verified in a follow-up inspection, one left past its deadline (overdue). Fixed ids; seeded once.
/// </summary>
public static class DemoInspectionSeeder
{
    public static readonly Guid InspectionKey = new("5e1f0c6a-7d3b-4c1e-9a51-0000000000a1");

    public static readonly Guid FollowUpKey = new("5e1f0c6a-7d3b-4c1e-9a51-0000000000a2");

    private const string Regulator = "regulator.postal:demo-yiwu";

    /// <summary>Returns false when the inspection was already there (nothing is re-seeded).</summary>
    public static async Task<bool> SeedAsync(IGrainFactory grains, string enterpriseId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var inspection = grains.GetGrain<IInspectionGrain>(InspectionKey);
        if (await inspection.GetView() is not null)
        {
            return false;
        }

        var today = ChinaTime.DateOf(now);
        await inspection.Open(new OpenInspection(enterpriseId, InspectionAuthority.Postal, InspectionKind.OnSite, today.AddDays(-30), null, Regulator));
        await inspection.AnswerChecklist(new AnswerChecklist(
        [
            new("P-WAYBILL-PRIVACY", ChecklistAnswer.No, "现场抽查 50 件，4 件电话仅隐藏 4 位"),
            new("P-PRINT-ROOM", ChecklistAnswer.Partly, "打印区有监控，录像保存 15 日"),
            new("P-USB-POLICY", ChecklistAnswer.No, "打印电脑未禁用 U 盘"),
            new("P-NDA-FILES", ChecklistAnswer.Yes, null),
            new("P-LOG-RETENTION", ChecklistAnswer.Yes, "日志保存 6 个月"),
        ], Regulator));
        await inspection.RecordFinding(new RecordInspectorFinding(
            "DEMO-F1", "部分面单电话隐藏不足 6 位，不符合 GB/T 41833-2022", ["WAYBILL-MASK-COVERAGE"], "P-WAYBILL-PRIVACY", Regulator));
        await inspection.IssueOrder(new IssueOrder(
            "YZ-GZ-DEMO-1", "全部面单使用隐私面单模板，电话隐藏不少于 6 位，整改后提交抽检记录。", "GB/T 41833-2022《快递电子运单》", today.AddDays(-20), Regulator));
        await inspection.IssueOrder(new IssueOrder(
            "YZ-GZ-DEMO-2", "打印电脑禁用 U 盘等移动存储，夜间断网或锁定。", "《寄递服务用户个人信息安全管理规定》", today.AddDays(-5), Regulator));
        await inspection.SubmitRectification(new SubmitRectification("YZ-GZ-DEMO-1", "已更换面单模板，附抽检记录。", null, "enterprise:demo"));

        var followUp = grains.GetGrain<IInspectionGrain>(FollowUpKey);
        await followUp.Open(new OpenInspection(
            enterpriseId, InspectionAuthority.Postal, InspectionKind.FollowUp, today.AddDays(-10), InspectionKey.ToString("D"), Regulator));
        await inspection.VerifyOrder(new VerifyOrder("YZ-GZ-DEMO-1", FollowUpKey.ToString("D"), "复查抽检 50 件全部合格", Regulator));
        await followUp.Close(Regulator);
        await inspection.Close(Regulator);
        return true;
    }
}
