using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Evidence;

public sealed class EvidenceLogApiTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_accepted_change_is_in_the_log_and_the_chain_verifies()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(name: "中通快递义乌佛堂网点"));

        var log = (await admin.GetFromJsonAsync<List<EvidenceEntry>>($"/api/v1/enterprises/{id}/evidence/log", Ct))!;

        Assert.Equal([1L, 2L], log.Select(e => e.Seq));
        Assert.Equal([EvidenceKinds.EnterpriseRegistered, EvidenceKinds.EnterpriseUpdated], log.Select(e => e.Kind));
        Assert.All(log, e => Assert.Equal("admin:test-admin", e.Actor));
        Assert.Contains("中通快递义乌佛堂网点", log[1].Payload, StringComparison.Ordinal);
        var verification = EvidenceChain.Verify(log, id);
        Assert.True(verification.IsValid, verification.Reason);
        Assert.Equal(log[1].Hash, verification.HeadHash);
    }

    [Fact]
    public async Task Reading_from_a_sequence_number_returns_the_tail()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(name: "改名网点"));

        var tail = await admin.GetFromJsonAsync<List<EvidenceEntry>>($"/api/v1/enterprises/{id}/evidence/log?from=2", Ct);

        Assert.Equal(2L, Assert.Single(tail!).Seq);
    }

    [Fact]
    public async Task The_log_is_scoped_like_the_enterprise()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());

        var outsider = await hub.AsAsync("prosecutor", "42");
        var local = await hub.AsAsync("prosecutor", "3307");

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/v1/enterprises/{id}/evidence/log", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync($"/api/v1/enterprises/{id}/evidence/log", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await local.GetAsync($"/api/v1/enterprises/{id}/evidence/log?from=0", Ct)).StatusCode);
    }
}
