namespace ComplianceHub.Reports.Data;

/// <summary>A rectification order past its deadline and not rectified.</summary>
public sealed record OverdueOrderRow(
    string OrderId,
    string EnterpriseId,
    string EnterpriseName,
    string Text,
    DateOnly Deadline,
    int DaysOverdue);
