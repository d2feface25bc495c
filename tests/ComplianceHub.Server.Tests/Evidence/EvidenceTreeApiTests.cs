using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Grains.Evidence.Signing;
using ComplianceHub.Server.Evidence;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>
/// Signed tree heads, inclusion and consistency proofs through the API, checked with the RFC 9162 verification
/// algorithms and the published key, against the log as served.
/// </summary>
public sealed class EvidenceTreeApiTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_signed_head_covers_every_entry_and_verifies_with_the_published_key()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 19);

        var head = (await admin.GetFromJsonAsync<TreeHeadJson>($"/api/v1/enterprises/{id}/evidence/tree-head", Ct))!;
        var keys = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/evidence/keys", Ct);
        var log = (await admin.GetFromJsonAsync<List<EvidenceEntry>>($"/api/v1/enterprises/{id}/evidence/log", Ct))!;

        Assert.Equal(19, head.TreeSize);
        Assert.Equal(log.Count, head.TreeSize);
        var frontier = log.Aggregate(MerkleFrontier.Empty, (f, e) => f.Append(MerkleHash.LeafOfEntry(e.Hash)));
        Assert.Equal(Convert.ToHexStringLower(frontier.Root()), head.RootHash);
        var key = keys.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("keyId").GetString() == head.KeyId);
        Assert.True(key.GetProperty("current").GetBoolean());
        var signed = head.ToSigned()!;
        Assert.True(TreeHeadSignatures.Verify(
            head.Algorithm, Convert.FromBase64String(key.GetProperty("publicKey").GetString()!), TreeHeadEncoding.SignatureInput(signed.Head),
            Convert.FromBase64String(head.Signature)));
        Assert.False(TreeHeadSignatures.Verify(
            head.Algorithm, Convert.FromBase64String(key.GetProperty("publicKey").GetString()!),
            TreeHeadEncoding.SignatureInput(signed.Head with { TreeSize = 18 }), Convert.FromBase64String(head.Signature)));
    }

    [Fact]
    public async Task Every_entry_has_an_inclusion_proof_and_earlier_heads_a_consistency_proof()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 18);
        var head = (await admin.GetFromJsonAsync<TreeHeadJson>($"/api/v1/enterprises/{id}/evidence/tree-head", Ct))!;
        var root = Convert.FromHexString(head.RootHash);

        for (var seq = 1; seq <= head.TreeSize; seq++)
        {
            var proof = (await admin.GetFromJsonAsync<InclusionProofResponse>($"/api/v1/enterprises/{id}/evidence/proofs/inclusion?seq={seq}", Ct))!;
            var path = proof.Path.Select(Convert.FromHexString).ToList();
            Assert.True(MerkleVerifier.VerifyInclusion(seq - 1, head.TreeSize, Convert.FromHexString(proof.LeafHash), path, root), $"seq {seq}");
        }

        // Each head signed along the way (one per change) is a prefix of the newest.
        foreach (var old in new[] { 1, 2, 3, 7, 8, 16, 17, 18 })
        {
            var proof = (await admin.GetFromJsonAsync<ConsistencyProofResponse>($"/api/v1/enterprises/{id}/evidence/proofs/consistency?from={old}", Ct))!;
            var oldHead = (await admin.GetFromJsonAsync<InclusionProofResponse>($"/api/v1/enterprises/{id}/evidence/proofs/inclusion?seq=1&treeSize={old}", Ct))!.TreeHead;
            Assert.Equal(oldHead.RootHash, proof.FromRootHash);
            Assert.True(MerkleVerifier.VerifyConsistency(
                old, head.TreeSize, Convert.FromHexString(oldHead.RootHash), root, proof.Path.Select(Convert.FromHexString).ToList()), $"{old} → {head.TreeSize}");
        }
    }

    [Fact]
    public async Task Bad_proof_requests_name_their_field()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 3);

        await AssertField(admin, $"/api/v1/enterprises/{id}/evidence/proofs/inclusion?seq=0", "seq");
        await AssertField(admin, $"/api/v1/enterprises/{id}/evidence/proofs/inclusion", "seq");
        await AssertField(admin, $"/api/v1/enterprises/{id}/evidence/proofs/inclusion?seq=4", "seq");
        await AssertField(admin, $"/api/v1/enterprises/{id}/evidence/proofs/inclusion?seq=1&treeSize=99", "treeSize");
        await AssertField(admin, $"/api/v1/enterprises/{id}/evidence/proofs/consistency?from=3&to=2", "from");
        await AssertField(admin, $"/api/v1/enterprises/{id}/evidence/proofs/consistency?from=1&to=9", "to");
        await AssertField(admin, $"/api/v1/enterprises/{id}/evidence/proofs/inclusion?seq=abc", "seq");
    }

    [Fact]
    public async Task Proofs_are_scoped_like_the_log_and_prosecutors_reads_are_recorded_once_a_day()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 2);
        var outsider = await hub.AsAsync("prosecutor", "42");
        var local = await hub.AsAsync("prosecutor", "3307");

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/v1/enterprises/{id}/evidence/proofs/inclusion?seq=1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.CreateClient().GetAsync($"/api/v1/enterprises/{id}/evidence/tree-head", Ct)).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await local.GetAsync($"/api/v1/enterprises/{id}/evidence/log", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await local.GetAsync($"/api/v1/enterprises/{id}/evidence/proofs/inclusion?seq=1", Ct)).StatusCode);
        }

        var log = (await admin.GetFromJsonAsync<List<EvidenceEntry>>($"/api/v1/enterprises/{id}/evidence/log", Ct))!;
        var reads = log.Where(e => e.Kind == EvidenceKinds.EvidenceRead).ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal("prosecutor:test-prosecutor", r.Actor));
        Assert.Contains("\"what\":\"log\"", reads[0].Payload, StringComparison.Ordinal);
        Assert.Contains("\"office\":\"330700\"", reads[0].Payload, StringComparison.Ordinal);
        Assert.Contains("\"what\":\"proof\"", reads[1].Payload, StringComparison.Ordinal);
        Assert.True(EvidenceChain.Verify(log, id).IsValid);
    }

    private static async Task AssertField(HttpClient client, string url, string field)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"{url}: {problem}");
    }
}
