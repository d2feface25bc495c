namespace ComplianceHub.Domain.Access;

/// <summary>The patterns behind the leak cases in DOMAIN.md that an access log can show.</summary>
public enum AccessAnomalyKind
{
    /// <summary>Waybills of another outlet (the 400,000-record rented-account case).</summary>
    CrossOutlet,

    /// <summary>An account used after its holder left (former staff still logging in).</summary>
    UsedAfterDeparture,

    /// <summary>More waybills in one clock hour than anyone's work needs.</summary>
    BulkQuery,

    /// <summary>Queries in the small hours, when the Yiwu break-ins happened.</summary>
    NightQuery,
}
