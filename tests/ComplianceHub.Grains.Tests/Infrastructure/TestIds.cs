using System.Globalization;
using System.Security.Cryptography;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Grains.Tests.Infrastructure;

public static class TestIds
{
    public static string NewEnterprise(string division = "330782") =>
        SocialCreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"91{division}MA{RandomNumberGenerator.GetInt32(0, 10_000_000):D7}")).ToString();
}
