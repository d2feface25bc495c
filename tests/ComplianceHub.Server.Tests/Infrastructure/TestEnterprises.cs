using System.Globalization;
using System.Security.Cryptography;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Server.Tests.Infrastructure;

/// <summary>Fresh, valid enterprise ids per test, so tests never see each other's data.</summary>
public static class TestEnterprises
{
    public static string NewId(string division = "330782") =>
        SocialCreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"91{division}MA{RandomNumberGenerator.GetInt32(0, 10_000_000):D7}")).ToString();

    public static object Profile(string division = "330782", string name = "中通快递义乌稠城网点", string kind = "courier-outlet", string? brandId = "zto") =>
        new { name, kind, division, brandId };
}
