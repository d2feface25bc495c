using Azure.Data.Tables;
using ComplianceHub.Storage.GrainStorage;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;
using Xunit;

namespace ComplianceHub.Storage.Tests.GrainStorage;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Second_writer_at_the_same_etag_is_rejected_and_the_first_write_stands()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();
        await storage.WriteNewAsync(grain, new Note { Text = "v0" });
        var first = await storage.ReadAsync<Note>(grain);
        var second = await storage.ReadAsync<Note>(grain);
        Assert.Equal(first.ETag, second.ETag);

        first.State.Text = "first";
        await storage.Provider.WriteStateAsync("state", grain, first);
        second.State.Text = "second";
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.Provider.WriteStateAsync("state", grain, second));

        Assert.Equal("first", (await storage.ReadAsync<Note>(grain)).State.Text);
        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal(second.ETag, conflict.CurrentEtag);
    }

    [Fact]
    public async Task Insert_when_a_state_already_exists_is_rejected()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();
        await storage.WriteNewAsync(grain, new Note { Text = "existing" });

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteNewAsync(grain, new Note { Text = "blind insert" }));

        Assert.Equal("existing", (await storage.ReadAsync<Note>(grain)).State.Text);
    }

    [Fact]
    public async Task Update_of_a_state_deleted_meanwhile_is_rejected()
    {
        var storage = await StorageUnderTest.CreateAsync(deleteStateOnClear: true);
        var grain = StorageUnderTest.NewGrainId();
        await storage.WriteNewAsync(grain, new Note { Text = "v0" });
        var stale = await storage.ReadAsync<Note>(grain);
        var deleter = await storage.ReadAsync<Note>(grain);
        await storage.Provider.ClearStateAsync("state", grain, deleter);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.Provider.WriteStateAsync("state", grain, stale));

        Assert.False((await storage.ReadAsync<Note>(grain)).RecordExists);
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_is_rejected_and_keeps_the_newer_state()
    {
        var storage = await StorageUnderTest.CreateAsync(deleteStateOnClear: true);
        var grain = StorageUnderTest.NewGrainId();
        var stale = await storage.WriteNewAsync(grain, new Note { Text = "v0" });
        var newer = await storage.ReadAsync<Note>(grain);
        newer.State.Text = "v1";
        await storage.Provider.WriteStateAsync("state", grain, newer);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.Provider.ClearStateAsync("state", grain, stale));

        Assert.Equal("v1", (await storage.ReadAsync<Note>(grain)).State.Text);
    }

    [Fact]
    public async Task Retried_insert_that_already_landed_is_recognised_as_our_own_write()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var table = new GrainStateTable(storage.Table, NullLogger.Instance);
        var keys = GrainStateKeys.For("svc", "grain/1", "state");
        var writeId = Guid.NewGuid();
        TableEntity Entity() => GrainStateEntity.Inline(keys, writeId, new byte[] { 1, 2, 3 });

        var landed = await table.CommitAsync(Entity(), writeId, expectedETag: null, grainETag: null);
        var retried = await table.CommitAsync(Entity(), writeId, expectedETag: null, grainETag: null);

        Assert.Equal(landed, retried);
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => table.CommitAsync(Entity(), Guid.NewGuid(), expectedETag: null, grainETag: null));
    }
}
