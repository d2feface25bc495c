using Azure.Data.Tables;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Grains.Enterprises;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Grains.Tests.Infrastructure;
using ComplianceHub.Storage.Evidence;
using ComplianceHub.Storage.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ComplianceHub.Grains.Tests.Enterprises;

/// <summary>
/// The Merkle tree kept by the enterprise grain: a log written before trees existed is covered from entry 1 on its
/// next activation, the state holds only the right edge (O(log n)), and the tree then grows with each entry.
/// </summary>
public sealed class EnterpriseTreeTests(ClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RegisterEnterprise Command(string name) =>
        new(new EnterpriseProfile(name, EnterpriseKind.CourierOutlet, "330782", "zto"), "test:grains");

    [Fact]
    public async Task A_log_from_before_trees_is_covered_from_entry_1_and_then_grows()
    {
        var id = TestIds.NewEnterprise();
        var grain = fixture.Grains.GetGrain<IEnterpriseGrain>(id);
        for (var i = 0; i < 37; i++) await grain.Register(Command($"测试网点{i}"));
        var original = (await grain.GetTreeHead())!;

        // Back to how an older hub left it: no tree rows, no heads, no tree in the state.
        await fixture.Cluster.DeactivateAsync(grain);
        var table = fixture.Services.GetRequiredService<StorageTables>().Evidence;
        var treeRows = table.QueryAsync<TableEntity>(e => e.PartitionKey == id, cancellationToken: Ct)
            .Where(e => !char.IsAsciiDigit(e.RowKey[id.Length + 1]));
        var removed = 0;
        await foreach (var row in treeRows)
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: Ct);
            removed++;
        }

        Assert.True(removed > 37, $"{removed} tree rows");
        var stateStorage = fixture.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var grainId = GrainId.Create("enterprise", id);
        var stored = new GrainState<EnterpriseState>();
        await stateStorage.ReadStateAsync("enterprise", grainId, stored);
        Assert.NotNull(stored.State!.Tree.Frontier);
        stored.State = stored.State! with { Tree = EvidenceTreeState.None };
        await stateStorage.WriteStateAsync("enterprise", grainId, stored);

        var rebuilt = (await grain.GetTreeHead())!;

        Assert.Equal(37, rebuilt.Head.TreeSize);
        Assert.Equal(original.Head.RootHash, rebuilt.Head.RootHash);
        var prover = new EvidenceProver(fixture.Services.GetRequiredService<EvidenceTreeStore>(), id);
        var log = await fixture.Services.GetRequiredService<EvidenceLogStore>().ReadAsync(id, cancellationToken: Ct).ToListAsync(Ct);
        var root = Convert.FromHexString(rebuilt.Head.RootHash);
        foreach (var entry in log)
        {
            var path = await prover.InclusionAsync(entry.Seq - 1, 37, Ct);
            Assert.True(MerkleVerifier.VerifyInclusion(entry.Seq - 1, 37, MerkleHash.LeafOfEntry(entry.Hash), path, root));
        }

        await grain.Register(Command("树重建之后"));
        var grown = (await grain.GetTreeHead())!;
        var consistency = await new EvidenceProver(fixture.Services.GetRequiredService<EvidenceTreeStore>(), id).ConsistencyAsync(37, 38, Ct);
        Assert.Equal(38, grown.Head.TreeSize);
        Assert.True(MerkleVerifier.VerifyConsistency(37, 38, root, Convert.FromHexString(grown.Head.RootHash), consistency));

        await fixture.Cluster.DeactivateAsync(grain);
        await stateStorage.ReadStateAsync("enterprise", grainId, stored);
        Assert.Equal(System.Numerics.BitOperations.PopCount(38UL), stored.State!.Tree.Frontier!.Peaks.Count);
    }
}
