using ComplianceHub.Storage.GrainStorage;
using Orleans.Storage;
using Xunit;

namespace ComplianceHub.Storage.Tests.GrainStorage;

public sealed class LargeStateTests
{
    [Fact]
    public async Task State_above_one_property_is_split_across_data_properties_of_one_entity()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();
        var payload = Payload.OfSize(900 * 1024, seed: 1);

        await storage.WriteNewAsync(grain, payload);
        var read = await storage.ReadAsync<Payload>(grain);

        Assert.Equal(payload.Bytes, read.State.Bytes);
        var entity = await storage.SingleEntityAsync();
        Assert.NotNull(entity);
        Assert.True(entity.ContainsKey("Data_14"));
        Assert.False(entity.ContainsKey("Blob"));
        Assert.Empty(await storage.BlobNamesAsync());
    }

    [Theory]
    [InlineData(1_500_000)]
    [InlineData(4 * 1024 * 1024)]
    public async Task State_above_one_entity_spills_to_a_blob_and_round_trips_byte_exact(int size)
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();
        var payload = Payload.OfSize(size, seed: size);

        var written = await storage.WriteNewAsync(grain, payload);
        var read = await storage.ReadAsync<Payload>(grain);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(payload.Bytes, read.State.Bytes);
        var entity = await storage.SingleEntityAsync();
        Assert.Equal(Assert.Single(await storage.BlobNamesAsync()), entity?.GetString("Blob"));
        Assert.False(entity!.ContainsKey("Data_0"));
    }

    [Fact]
    public async Task Shrinking_a_spilled_state_back_to_small_deletes_the_old_blob()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();
        var state = await storage.WriteNewAsync(grain, Payload.OfSize(1_500_000, seed: 2));
        Assert.Single(await storage.BlobNamesAsync());

        state.State = Payload.OfSize(100, seed: 3);
        await storage.Provider.WriteStateAsync("state", grain, state);

        Assert.Empty(await storage.BlobNamesAsync());
        Assert.Equal(state.State.Bytes, (await storage.ReadAsync<Payload>(grain)).State.Bytes);
    }

    [Fact]
    public async Task Replacing_a_spilled_state_read_back_from_storage_keeps_only_the_new_blob()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();
        await storage.WriteNewAsync(grain, Payload.OfSize(1_200_000, seed: 4));
        var oldBlob = Assert.Single(await storage.BlobNamesAsync());

        var reread = await storage.ReadAsync<Payload>(grain);
        reread.State = Payload.OfSize(1_300_000, seed: 5);
        await storage.Provider.WriteStateAsync("state", grain, reread);

        var newBlob = Assert.Single(await storage.BlobNamesAsync());
        Assert.NotEqual(oldBlob, newBlob);
        Assert.Equal(reread.State.Bytes, (await storage.ReadAsync<Payload>(grain)).State.Bytes);
    }

    [Fact]
    public async Task Losing_writer_of_a_large_state_leaves_no_blob_behind()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();
        await storage.WriteNewAsync(grain, Payload.OfSize(10, seed: 6));
        var first = await storage.ReadAsync<Payload>(grain);
        var second = await storage.ReadAsync<Payload>(grain);
        first.State = Payload.OfSize(10, seed: 7);
        await storage.Provider.WriteStateAsync("state", grain, first);

        second.State = Payload.OfSize(1_500_000, seed: 8);
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.Provider.WriteStateAsync("state", grain, second));

        Assert.Empty(await storage.BlobNamesAsync());
    }

    [Fact]
    public async Task Clearing_a_spilled_state_deletes_its_blob()
    {
        var storage = await StorageUnderTest.CreateAsync(deleteStateOnClear: true);
        var grain = StorageUnderTest.NewGrainId();
        var state = await storage.WriteNewAsync(grain, Payload.OfSize(1_500_000, seed: 9));

        await storage.Provider.ClearStateAsync("state", grain, state);

        Assert.Empty(await storage.BlobNamesAsync());
        Assert.False((await storage.ReadAsync<Payload>(grain)).RecordExists);
    }
}
