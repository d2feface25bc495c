namespace ComplianceHub.Domain.Inspections;

/// <summary>How an inspection was carried out.</summary>
public enum InspectionKind
{
    /// <summary>现场检查.</summary>
    OnSite,

    /// <summary>远程（非现场）检查.</summary>
    Remote,

    /// <summary>整改复查.</summary>
    FollowUp,
}
