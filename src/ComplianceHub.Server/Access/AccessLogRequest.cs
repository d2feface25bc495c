namespace ComplianceHub.Server.Access;

/// <summary>One access-log line: who (account), when, what (query|print|export), whose waybills, how many.</summary>
public sealed record AccessLogRequest(string? Account, DateTimeOffset? At, string? Action, string? WaybillOutlet, int? Count);
