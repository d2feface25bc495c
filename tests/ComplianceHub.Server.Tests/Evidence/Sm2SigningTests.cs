using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Grains.Evidence.Signing;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>国密: with <c>Evidence:SigningAlgorithm = sm2-sm3</c> heads are SM2/SM3 signatures that chub verifies offline.</summary>
public sealed class Sm2SigningTests(HubFactory hub)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Configured_for_SM2_the_hub_signs_heads_that_verify_with_its_key_and_no_other()
    {
        var keys = Keys("sm2-sm3", RandomNumberGenerator.GetBytes(32));
        var other = Keys("sm2-sm3", RandomNumberGenerator.GetBytes(32));

        var signed = keys.Sign("91330782MA2000001K", 5, new byte[32], DateTimeOffset.UnixEpoch);
        var input = TreeHeadEncoding.SignatureInput(signed.Head);
        var signature = Convert.FromBase64String(signed.Signature);

        Assert.Equal("sm2-sm3", signed.Algorithm);
        Assert.Equal(65, keys.Signer.PublicKey.Length);
        Assert.True(TreeHeadSignatures.Verify("sm2-sm3", keys.Signer.PublicKey, input, signature));
        Assert.False(TreeHeadSignatures.Verify("sm2-sm3", other.Signer.PublicKey, input, signature));
        Assert.False(TreeHeadSignatures.Verify("sm2-sm3", keys.Signer.PublicKey, TreeHeadEncoding.SignatureInput(signed.Head with { TreeSize = 6 }), signature));
        Assert.False(TreeHeadSignatures.Verify("ed25519", keys.Signer.PublicKey, input, signature));
    }

    [Fact]
    public async Task An_SM2_signed_bundle_verifies_offline_and_fails_with_one_byte_changed()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 4);
        var bundle = await EvidenceBundles.FetchAsync(admin, id, new { reason = "国密核验" });
        var keys = Keys("sm2-sm3", RandomNumberGenerator.GetBytes(32));

        // The same log, its head signed by an SM2 key as a hub so configured would sign it.
        var head = JsonNode.Parse(bundle["tree-head.json"])!;
        var signed = keys.Sign(id, head["treeSize"]!.GetValue<long>(), Convert.FromHexString(head["rootHash"]!.GetValue<string>()), DateTimeOffset.UtcNow);
        var json = JsonSerializer.SerializeToUtf8Bytes(Server.Evidence.TreeHeadJson.Of(signed), Web);
        var key = JsonSerializer.SerializeToUtf8Bytes(keys.All[0], Web);
        var sm2Bundle = BundleSeal.Reseal(bundle.With("tree-head.json", json).With("public-key.json", key), keys.Signer);

        Assert.Null(EvidenceBundles.Failure(sm2Bundle, key));
        var tampered = BundleSeal.Reseal(sm2Bundle.With("entries.jsonl", Flip(sm2Bundle["entries.jsonl"])), keys.Signer);
        Assert.NotNull(EvidenceBundles.Failure(tampered, key));
        Assert.NotNull(EvidenceBundles.Failure(sm2Bundle, await EvidenceBundleApiTests.PublishedKeyAsync(hub)));
    }

    private static byte[] Flip(byte[] bytes)
    {
        var copy = bytes.ToArray();
        copy[copy.Length / 2] ^= 0x02;
        return copy;
    }

    private static TreeHeadKeys Keys(string algorithm, byte[] key) =>
        new(Options.Create(new EvidenceOptions { SigningAlgorithm = algorithm, SigningKey = Convert.ToBase64String(key) }), new Env());

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "test";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
