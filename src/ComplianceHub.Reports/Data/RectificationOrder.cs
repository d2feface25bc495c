namespace ComplianceHub.Reports.Data;

/// <summary>A rectification order (责令改正通知) with its deadline.</summary>
public sealed record RectificationOrder(
    string OrderId,
    string Text,
    string LegalBasis,
    DateOnly Deadline,
    RectificationStatus Status)
{
    public string StatusChineseName => Status switch
    {
        RectificationStatus.Open => "整改中",
        RectificationStatus.Rectified => "已整改",
        RectificationStatus.Overdue => "逾期未整改",
        _ => throw new InvalidOperationException($"unknown status {Status}"),
    };
}
