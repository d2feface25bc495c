using System.Net;
using System.Net.Http.Headers;
using ComplianceHub.Server.Security;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Security.SecurityApi;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>Every refused authorization is one security-log line naming who, route, target and scope, and no token or path typed.</summary>
public sealed class SecurityLogTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_403_is_logged_with_the_caller_route_target_and_scope()
    {
        var (id, _, _) = await EnterpriseAsync(hub);
        var (other, _, _) = await EnterpriseAsync(hub);
        var intruder = await hub.AsAsync("enterprise", enterprise: other);

        Assert.Equal(HttpStatusCode.Forbidden, (await intruder.GetAsync($"/api/v1/enterprises/{id}/findings", Ct)).StatusCode);

        var line = Assert.Single(SecurityLines(), l => l.Contains($"target={id}", StringComparison.Ordinal) && l.Contains("enterprise:test-enterprise", StringComparison.Ordinal));
        Assert.Contains("/api/v1/enterprises/{id}/findings", line, StringComparison.Ordinal);
        Assert.Contains($"enterprise={other}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_is_logged_without_the_token_or_the_path_typed()
    {
        const string forged = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.";
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/enterprises/13912345678/findings", Ct)).StatusCode);

        var line = Assert.Single(SecurityLines(), l => l.Contains("invalid-or-expired-token", StringComparison.Ordinal) && l.Contains("target=(unparsed)", StringComparison.Ordinal));
        Assert.Contains("/api/v1/enterprises/{id}/findings", line, StringComparison.Ordinal);
        Assert.DoesNotContain(forged, string.Join('\n', hub.Logs.Lines), StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", string.Join('\n', SecurityLines()), StringComparison.Ordinal);
    }

    private IEnumerable<string> SecurityLines() => hub.Logs.Lines.Where(l => l.StartsWith(SecurityLogMiddleware.Category + ":", StringComparison.Ordinal));
}
