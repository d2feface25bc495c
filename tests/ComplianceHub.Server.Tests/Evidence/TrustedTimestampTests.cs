using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text.Json;
using ComplianceHub.Server.Evidence;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>With <c>Evidence:TimestampAuthority</c> set, each head carries an RFC 3161 token over its signature that chub checks offline.</summary>
public sealed class TrustedTimestampTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_head_carries_a_timestamp_token_over_its_signature_and_the_bundle_verifies_with_it()
    {
        using var tsa = new TestTimestampAuthority(HubFactory.FreePort());
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        var prefix = AzuriteInstance.UniqueName("tsa")[..16];
        await using var stamped = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Storage:ConnectionString", storage);
            b.UseSetting("Storage:TablePrefix", prefix);
            b.UseSetting("Orleans:SiloPort", HubFactory.FreePort().ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Orleans:GatewayPort", HubFactory.FreePort().ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Orleans:ClusterId", prefix);
            b.UseSetting("Demo:Seed", "false");
            b.UseSetting("Evidence:TimestampAuthority", tsa.Url);
            b.UseSetting("Evidence:SigningKey", Convert.ToBase64String(HubFactory.EvidenceKey));
        });
        var client = stamped.CreateClient();
        var token = await client.GetFromJsonAsync<JsonElement>("/dev/token?role=admin&subject=tsa-test", Ct);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var id = await EvidenceBundles.NewEnterpriseAsync(client, changes: 3);

        var head = (await client.GetFromJsonAsync<TreeHeadJson>($"/api/v1/enterprises/{id}/evidence/tree-head", Ct))!;

        Assert.Equal(3, head.TreeSize);
        Assert.True(tsa.Issued >= 3, $"{tsa.Issued} tokens");
        Assert.True(Rfc3161TimestampToken.TryDecode(Convert.FromBase64String(head.TimestampToken!), out var decoded, out _));
        Assert.True(decoded!.VerifySignatureForData(Convert.FromBase64String(head.Signature), out var signer));
        Assert.Equal("CN=ComplianceHub Test TSA", signer!.Subject);
        Assert.False(decoded.VerifySignatureForData(SHA256.HashData(Convert.FromBase64String(head.Signature)), out _));

        var bundle = await EvidenceBundles.FetchAsync(client, id, new { reason = "可信时间戳" });
        Assert.Null(EvidenceBundles.Failure(bundle));
        var other = (await client.GetFromJsonAsync<TreeHeadJson>($"/api/v1/enterprises/{await EvidenceBundles.NewEnterpriseAsync(client, 1)}/evidence/tree-head", Ct))!;
        var node = System.Text.Json.Nodes.JsonNode.Parse(bundle["tree-head.json"])!;
        node["timestampToken"] = other.TimestampToken;
        using var insider = new ComplianceHub.Grains.Evidence.Signing.Ed25519TreeHeadSigner(HubFactory.EvidenceKey);
        var failure = EvidenceBundles.Failure(BundleSeal.Reseal(bundle.With("tree-head.json", JsonSerializer.SerializeToUtf8Bytes(node)), insider));
        Assert.Contains("timestamp", failure, StringComparison.Ordinal);
    }
}
