namespace ComplianceHub.Domain.Access;

/// <summary>One line of an enterprise system's access log (L4: logs of system access are kept).</summary>
/// <param name="Account">The system account that acted.</param>
/// <param name="At">When, with its offset as logged.</param>
/// <param name="Action">Query, print or export.</param>
/// <param name="WaybillOutlet">Outlet code the waybills belong to: another outlet's code is the cross-outlet case.</param>
/// <param name="Count">How many waybills the line covers (a list query returns many).</param>
public sealed record AccessLogRecord(string Account, DateTimeOffset At, AccessAction Action, string WaybillOutlet, int Count);
