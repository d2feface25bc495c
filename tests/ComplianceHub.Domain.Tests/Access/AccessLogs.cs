using ComplianceHub.Domain.Access;

namespace ComplianceHub.Domain.Tests.Access;

/// <summary>Log lines in China time for the tests' own outlet YW001.</summary>
internal static class AccessLogs
{
    public const string OwnOutlet = "YW001";

    public static DateTimeOffset China(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static AccessLogRecord Query(string account, DateTimeOffset at, string outlet = OwnOutlet, int count = 1) =>
        new(account, at, AccessAction.Query, outlet, count);
}
