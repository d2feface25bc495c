using ComplianceHub.Domain.Evidence;

namespace ComplianceHub.Server.Evidence;

/// <summary>Evidence kinds in Chinese for the evidence list; unknown kinds show as stored.</summary>
public static class EvidenceKindNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [EvidenceKinds.EnterpriseRegistered] = "企业登记",
        [EvidenceKinds.EnterpriseUpdated] = "企业信息变更",
        [EvidenceKinds.LabelBatchAccepted] = "面单批次报送",
        [EvidenceKinds.StaffRosterReplaced] = "人员名册报送",
        [EvidenceKinds.TrainingRecorded] = "培训记录",
        [EvidenceKinds.AccessLogsAccepted] = "访问日志报送",
        [EvidenceKinds.IncidentReported] = "安全事件报告",
        [EvidenceKinds.IncidentUpdated] = "安全事件更新",
        [EvidenceKinds.ReportIssued] = "报告签发",
        [EvidenceKinds.InspectionOpened] = "立案检查",
        [EvidenceKinds.InspectionChecklistAnswered] = "检查表记录",
        [EvidenceKinds.InspectionFindingRecorded] = "检查发现问题",
        [EvidenceKinds.InspectionOrderIssued] = "责令改正",
        [EvidenceKinds.InspectionOrderSubmitted] = "企业提交整改",
        [EvidenceKinds.InspectionOrderVerified] = "整改核验",
        [EvidenceKinds.InspectionClosed] = "检查结案",
        [EvidenceKinds.EvidenceRead] = "监管/检察查阅",
        [EvidenceKinds.EvidenceExported] = "证据包调取",
    };

    /// <summary>Routine submissions, left out of the printed timeline (they stay in entries.jsonl).</summary>
    private static readonly HashSet<string> Routine = new(StringComparer.Ordinal)
    {
        EvidenceKinds.LabelBatchAccepted, EvidenceKinds.StaffRosterReplaced, EvidenceKinds.TrainingRecorded, EvidenceKinds.AccessLogsAccepted,
    };

    public static string Of(string kind) => Names.TryGetValue(kind, out var name) ? name : kind;

    public static bool IsRoutine(string kind) => Routine.Contains(kind);
}
