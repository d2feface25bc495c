namespace ComplianceHub.Reports.Data;

/// <summary>Where a rectification order (责令改正) stands.</summary>
public enum RectificationStatus
{
    /// <summary>整改中.</summary>
    Open,

    /// <summary>已整改.</summary>
    Rectified,

    /// <summary>逾期未整改.</summary>
    Overdue,
}
