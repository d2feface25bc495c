using ComplianceHub.Storage.GrainStorage;
using Xunit;

namespace ComplianceHub.Storage.Tests.GrainStorage;

public sealed class AzureTableGrainStorageTests
{
    [Fact]
    public async Task Small_state_round_trips_through_one_inline_entity()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();

        var written = await storage.WriteNewAsync(grain, new Note { Text = "抽检 42 单", Version = 7 });
        var read = await storage.ReadAsync<Note>(grain);

        Assert.Equal("抽检 42 单", read.State.Text);
        Assert.Equal(7, read.State.Version);
        Assert.Equal(written.ETag, read.ETag);
        var entity = await storage.SingleEntityAsync();
        Assert.NotNull(entity);
        Assert.True(entity.ContainsKey("Data_0"));
        Assert.False(entity.ContainsKey("Data_1"));
        Assert.False(entity.ContainsKey("Blob"));
    }

    [Fact]
    public async Task Missing_state_reads_as_default_without_record_or_etag()
    {
        var storage = await StorageUnderTest.CreateAsync();

        var read = await storage.ReadAsync<Note>(StorageUnderTest.NewGrainId());

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal(string.Empty, read.State.Text);
        Assert.Equal(0, read.State.Version);
    }

    [Fact]
    public async Task RecordExists_is_set_by_write_and_read_and_each_write_gets_a_new_etag()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = StorageUnderTest.NewGrainId();

        var state = await storage.WriteNewAsync(grain, new Note { Version = 1 });
        var firstETag = state.ETag;
        state.State.Version = 2;
        await storage.Provider.WriteStateAsync("state", grain, state);
        var read = await storage.ReadAsync<Note>(grain);

        Assert.True(state.RecordExists);
        Assert.True(read.RecordExists);
        Assert.NotNull(firstETag);
        Assert.NotEqual(firstETag, state.ETag);
        Assert.Equal(2, read.State.Version);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Clear_then_read_gives_default_state(bool deleteStateOnClear)
    {
        var storage = await StorageUnderTest.CreateAsync(deleteStateOnClear);
        var grain = StorageUnderTest.NewGrainId();
        var state = await storage.WriteNewAsync(grain, new Note { Text = "to be cleared", Version = 3 });

        await storage.Provider.ClearStateAsync("state", grain, state);
        var read = await storage.ReadAsync<Note>(grain);

        Assert.False(state.RecordExists);
        Assert.False(read.RecordExists);
        Assert.Equal(string.Empty, read.State.Text);
        Assert.Equal(read.ETag, state.ETag);
        var entity = await storage.SingleEntityAsync();
        Assert.Equal(deleteStateOnClear, entity is null);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task State_written_again_after_clear_reads_back(bool deleteStateOnClear)
    {
        var storage = await StorageUnderTest.CreateAsync(deleteStateOnClear);
        var grain = StorageUnderTest.NewGrainId();
        var state = await storage.WriteNewAsync(grain, new Note { Version = 1 });
        await storage.Provider.ClearStateAsync("state", grain, state);

        state.State = new Note { Version = 2 };
        await storage.Provider.WriteStateAsync("state", grain, state);

        Assert.Equal(2, (await storage.ReadAsync<Note>(grain)).State.Version);
    }

    [Fact]
    public async Task Table_is_created_when_the_silo_lifecycle_starts_the_provider()
    {
        var storage = await StorageUnderTest.CreateAsync(initialize: false);
        var lifecycle = new ManualSiloLifecycle();
        var ct = TestContext.Current.CancellationToken;
        var existedBefore = await storage.TableExistsAsync();

        storage.Provider.Participate(lifecycle);
        await lifecycle.StartAsync(ct);

        Assert.False(existedBefore);
        Assert.True(await storage.TableExistsAsync());
        Assert.Equal(1, lifecycle.SubscriberCount);
        Assert.Equal(AzureTableGrainStorageOptions.DefaultInitStage, lifecycle.HighestCompletedStage);
        var read = await storage.ReadAsync<Note>(StorageUnderTest.NewGrainId());
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task Grain_ids_and_state_names_with_characters_forbidden_in_keys_round_trip()
    {
        var storage = await StorageUnderTest.CreateAsync();
        var grain = GrainId.Create("enterprise", "91330782MA2XXXXXX1/YW001#a?b\\c'd%e~f\u0001");
        const string stateName = "label/batches#1";

        await storage.WriteNewAsync(grain, new Note { Text = "ok" }, stateName);
        var other = await storage.ReadAsync<Note>(GrainId.Create("enterprise", "91330782MA2XXXXXX1"), stateName);

        Assert.Equal("ok", (await storage.ReadAsync<Note>(grain, stateName)).State.Text);
        Assert.False(other.RecordExists);
    }
}
