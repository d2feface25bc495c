using Azure.Data.Tables;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Grains.Tests.Infrastructure;
using ComplianceHub.Storage.Evidence;
using ComplianceHub.Storage.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Grains.Tests.Enterprises;

/// <summary>The evidence chain as stored: written with every change, and broken by any tampering with the table.</summary>
public sealed class EnterpriseEvidenceTests(ClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private EvidenceLogStore Store => fixture.Services.GetRequiredService<EvidenceLogStore>();

    private TableClient EvidenceTable => fixture.Services.GetRequiredService<StorageTables>().Evidence;

    private static RegisterEnterprise Command(string name, string division = "330782") =>
        new(new EnterpriseProfile(name, EnterpriseKind.CourierOutlet, division, "zto"), "test:grains");

    private async Task<string> EnterpriseWithChanges(int changes)
    {
        var id = TestIds.NewEnterprise();
        var grain = fixture.Grains.GetGrain<IEnterpriseGrain>(id);
        for (var i = 0; i < changes; i++)
        {
            await grain.Register(Command($"测试网点{i}"));
        }

        return id;
    }

    private async Task<List<EvidenceEntry>> StoredLog(string id) => await Store.ReadAsync(id, cancellationToken: Ct).ToListAsync(Ct);

    [Fact]
    public async Task Each_change_appends_one_linked_entry_and_an_unchanged_profile_appends_none()
    {
        var id = await EnterpriseWithChanges(3);
        await fixture.Grains.GetGrain<IEnterpriseGrain>(id).Register(Command("测试网点2"));

        var log = await StoredLog(id);

        Assert.Equal([1L, 2L, 3L], log.Select(e => e.Seq));
        Assert.True(EvidenceChain.Verify(log, id).IsValid);
        var view = await fixture.Grains.GetGrain<IEnterpriseGrain>(id).GetView();
        Assert.Equal(log[^1].Hash, view!.EvidenceHead);
    }

    [Fact]
    public async Task An_entry_altered_in_storage_breaks_verification_at_that_entry()
    {
        var id = await EnterpriseWithChanges(4);
        var row = await EvidenceTable.GetEntityAsync<TableEntity>(id, EvidenceTableKey(id, 3), cancellationToken: Ct);
        row.Value["Payload"] = ((string)row.Value["Payload"]).Replace("测试网点2", "篡改网点", StringComparison.Ordinal);
        await EvidenceTable.UpdateEntityAsync(row.Value, row.Value.ETag, cancellationToken: Ct);

        var result = EvidenceChain.Verify(await StoredLog(id), id);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.FirstBadSeq);
    }

    [Fact]
    public async Task An_entry_removed_from_storage_breaks_verification()
    {
        var id = await EnterpriseWithChanges(4);
        await EvidenceTable.DeleteEntityAsync(id, EvidenceTableKey(id, 2), cancellationToken: Ct);

        var result = EvidenceChain.Verify(await StoredLog(id), id);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task Entries_swapped_in_storage_break_verification()
    {
        var id = await EnterpriseWithChanges(4);
        var second = (await EvidenceTable.GetEntityAsync<TableEntity>(id, EvidenceTableKey(id, 2), cancellationToken: Ct)).Value;
        var third = (await EvidenceTable.GetEntityAsync<TableEntity>(id, EvidenceTableKey(id, 3), cancellationToken: Ct)).Value;
        (second.RowKey, third.RowKey) = (third.RowKey, second.RowKey);
        await EvidenceTable.UpsertEntityAsync(second, TableUpdateMode.Replace, Ct);
        await EvidenceTable.UpsertEntityAsync(third, TableUpdateMode.Replace, Ct);

        var result = EvidenceChain.Verify(await StoredLog(id), id);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_head_entry_lost_after_the_state_write_is_restored_on_the_next_activation()
    {
        var id = await EnterpriseWithChanges(2);
        var before = await StoredLog(id);
        await EvidenceTable.DeleteEntityAsync(id, EvidenceTableKey(id, 2), cancellationToken: Ct);
        var grain = fixture.Grains.GetGrain<IEnterpriseGrain>(id);
        await fixture.Cluster.DeactivateAsync(grain);

        var view = await grain.GetView();

        var after = await StoredLog(id);
        Assert.Equal(2, view!.EvidenceSeq);
        Assert.Equal(before.Select(e => e.Hash), after.Select(e => e.Hash));
    }

    [Fact]
    public async Task State_and_log_survive_deactivation()
    {
        var id = await EnterpriseWithChanges(2);
        var grain = fixture.Grains.GetGrain<IEnterpriseGrain>(id);
        await fixture.Cluster.DeactivateAsync(grain);

        var view = await grain.GetView();
        var third = await grain.Register(Command("重新激活后的网点"));

        Assert.Equal("测试网点1", view!.Profile.Name);
        Assert.Equal(3, third.Enterprise.EvidenceSeq);
        Assert.True(EvidenceChain.Verify(await StoredLog(id), id).IsValid);
    }

    // The stored layout, spelled out here so a change to it is a deliberate one (LegacyKeyLayout guards old data).
    private static string EvidenceTableKey(string enterpriseId, long seq) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{enterpriseId}_{seq:D19}");
}
