using System.Net;
using System.Text.Json;
using ComplianceHub.Domain.Time;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>
/// A quiet enterprise does not look compliant forever: an NDA that expires while nothing is sent to the enterprise
/// (and nobody reads it) changes the county, city, province and national figures on its own, through the durable
/// reminder the enterprise set, and that reminder survives a silo restart between setting it and its moment.
/// The hub's clock runs in real time from 23:59:15 China time, so the NDA's last day ends 45 s into the test.
/// </summary>
public sealed class WakeUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_nda_expiring_unwatched_reaches_every_roll_up_level_across_a_restart()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        var tables = AzuriteInstance.UniqueName("wake")[..16];
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var clock = new SettableTimeProvider(ChinaTime.EndOf(today).AddSeconds(-45), running: true);
        var expires = ChinaTime.EndOf(today);
        var id = TestEnterprises.NewId("330782");

        await using (var hub = new ClockedHub(storage, tables, clock))
        {
            var admin = await hub.AsAsync("admin");
            Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile("330782"))).StatusCode);
            var company = await hub.AsAsync("enterprise", enterprise: id);
            var roster = await company.PutJsonAsync($"/api/v1/enterprises/{id}/staff", new
            {
                batchId = "r-1", asOf = clock.GetUtcNow(),
                staff = new[] { new { staffId = "S1", role = "快递员", joinedOn = "2024-01-01", handlesPersonalInfo = true, nda = new { signedOn = "2024-01-01", expiresOn = Day(today) } } },
            });
            Assert.Equal(HttpStatusCode.OK, roster.StatusCode);
            foreach (var code in Levels)
            {
                await NdaCoverageAsync(admin, code, expected: 1.0, clock, deadline: expires);
            }
        }

        // A new silo on the same storage: nothing touches the enterprise; only its reminder can wake it.
        await using var restarted = new ClockedHub(storage, tables, clock);
        var reader = await restarted.AsAsync("admin");
        foreach (var code in Levels)
        {
            var seenAt = await NdaCoverageAsync(reader, code, expected: 0.0, clock, deadline: expires + TimeSpan.FromMinutes(1));
            TestContext.Current.TestOutputHelper?.WriteLine($"{code}: NDA coverage 0 seen {(seenAt - expires).TotalSeconds:0.0} s after the NDA ran out");
        }
    }

    private static readonly string[] Levels = ["330782", "330700", "330000", "000000"];

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads the division's NDA coverage until it is <paramref name="expected"/>, failing once the hub's clock passes
    /// <paramref name="deadline"/>; returns the hub's time when it was seen. Roll-ups change by themselves, with no
    /// event a test can await, so they are read every 200 ms.
    /// </summary>
    private static async Task<DateTimeOffset> NdaCoverageAsync(HttpClient client, string code, double expected, TimeProvider clock, DateTimeOffset deadline)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (true)
        {
            var body = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/jurisdictions/{code}", Ct)).RootElement;
            var seen = body.GetProperty("totals").GetProperty("ndaCoverage");
            var now = clock.GetUtcNow();
            if (seen.ValueKind == JsonValueKind.Number && Math.Abs(seen.GetDouble() - expected) < 1e-9)
            {
                return now;
            }

            Assert.True(now <= deadline, $"{code}: NDA coverage was {seen} at {now:O}, not {expected} by {deadline:O}");
            await timer.WaitForNextTickAsync(Ct);
        }
    }
}
