namespace ComplianceHub.Reports.Data;

/// <summary>What a regulator's inspection recorded: who, when, how, the checklist answers and the orders issued.</summary>
/// <param name="Office">The inspecting office, e.g. 义乌市邮政管理局.</param>
/// <param name="Inspectors">Regulators' staff (names of officials acting in office are printed; users' names never are).</param>
/// <param name="EnterpriseRepresentative">The role signing for the enterprise, e.g. 网点负责人; the person signs by hand.</param>
public sealed record InspectionDetails(
    InspectionAuthority Authority,
    string InspectionId,
    InspectionKind Kind,
    string Office,
    DateOnly PlannedOn,
    DateOnly? PerformedOn,
    IReadOnlyList<string> Inspectors,
    string EnterpriseRepresentative,
    IReadOnlyList<ChecklistResponse> Answers,
    IReadOnlyList<RectificationOrder> Orders);
