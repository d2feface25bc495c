namespace ComplianceHub.Reports.Data;

/// <summary>Head counts from the staff roster (people are counted, never named).</summary>
/// <param name="HandlingPersonalInfo">Staff whose work touches users' personal information (L3 applies to them).</param>
/// <param name="WithNdaInForce">Of those, with a confidentiality agreement in force today.</param>
/// <param name="TrainedIn12Months">Of those, trained within the rulebook's training period (12 months by default; the name is kept).</param>
/// <param name="DepartedWithAccountOpen">Staff who left and whose system account is still open.</param>
public sealed record StaffFigures(
    int StaffCount,
    int HandlingPersonalInfo,
    int WithNdaInForce,
    int TrainedIn12Months,
    int DepartedWithAccountOpen);
