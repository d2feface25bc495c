namespace ComplianceHub.Server.Demo;

/// <summary>
/// Which rulebook breach a demo enterprise acts out, so that the seeded dataset shows every rule broken by
/// at least one enterprise (the label rules and the scale duties come from the label history and profiles).
/// </summary>
public enum DemoComplianceStory
{
    /// <summary>Every staff member signed and trained, departures closed on time.</summary>
    Exemplary,

    /// <summary>Crowdsourced couriers handle waybills without a confidentiality agreement (STAFF-NDA).</summary>
    NdaGaps,

    /// <summary>The last training was fifteen months ago (STAFF-TRAINING-12M).</summary>
    TrainingLapsed,

    /// <summary>
    /// The rented-account case: a departed courier's account, never closed, queries another outlet's waybills
    /// at 02:00 (ACCOUNT-DEPARTED-OPEN, ACCOUNT-USED-AFTER-DEPARTURE, ACCESS-CROSS-OUTLET, ACCESS-NIGHT-QUERY).
    /// </summary>
    RentedAccount,

    /// <summary>An account exports thousands of waybills in one hour (ACCESS-BULK-QUERY).</summary>
    BulkExport,

    /// <summary>Remote-control software found on a printing PC, graded 较大, not reported to the CAC (INCIDENT-CAC-4H).</summary>
    TrojanUnreported,

    /// <summary>
    /// A cloud warehouse leaks 1.24 million waybill records and grades it 一般 itself: the grading guide makes it 较大
    /// (INCIDENT-GRADE-UNDERSTATED), so the report it never made is overdue (INCIDENT-CAC-4H), and individuals were
    /// never notified (INCIDENT-NOTIFY-INDIVIDUALS).
    /// </summary>
    LeakReportedLate,

    /// <summary>Shelf labels photographed at a terminal station, reported to the postal authority two and a half days late (INCIDENT-POSTAL-REPORT).</summary>
    StationLeakReportedLate,
}
