using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Log = ComplianceHub.Storage.GrainStorage.AzureTableGrainStorageLog;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// Orleans grain storage on Azure Table Storage (Azurite in development): one entity per grain state,
/// ETag optimistic concurrency, large states split across binary properties and, past one entity,
/// spilled to a blob. Stands in for Orleans.Persistence.AzureStorage, which the package registry here
/// does not serve.
/// </summary>
public sealed class AzureTableGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    // A reader that loses a race with a writer replacing a spilled blob re-reads the entity.
    private const int MaxReadAttempts = 3;

    private readonly string _name;
    private readonly AzureTableGrainStorageOptions _options;
    private readonly IGrainStorageSerializer _serializer;
    private readonly string _serviceId;
    private readonly IActivatorProvider _activators;
    private readonly ILogger _logger;
    private readonly GrainStateTable _table;
    private readonly SpillBlobStore _blobs;

    public AzureTableGrainStorage(
        string name,
        AzureTableGrainStorageOptions options,
        IGrainStorageSerializer serializer,
        string serviceId,
        IActivatorProvider activators,
        ILogger<AzureTableGrainStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tableService = options.TableServiceClient ?? throw new ArgumentException(
            "TableServiceClient is not configured.", nameof(options));
        _name = name;
        _options = options;
        _serializer = serializer;
        _serviceId = serviceId;
        _activators = activators;
        _logger = logger;
        _table = new GrainStateTable(tableService.GetTableClient(options.TableName), logger);
        _blobs = new SpillBlobStore(options.BlobServiceClient, options.ContainerName);
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<AzureTableGrainStorage>(_name), _options.InitStage, InitializeAsync);

    /// <summary>Creates the table; the silo lifecycle calls this at <see cref="AzureTableGrainStorageOptions.InitStage"/>.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        Log.TableReady(_logger, _name, _table.Name);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var keys = Keys(stateName, grainId);
        for (var attempt = 1; ; attempt++)
        {
            var entity = await _table.ReadAsync(keys).ConfigureAwait(false);
            if (entity is null || !GrainStateEntity.HasData(entity))
            {
                Log.ReadNone(_logger, keys.PartitionKey, keys.RowKey);
                grainState.State = _activators.GetActivator<T>().Create();
                grainState.ETag = entity is null ? null : ETagOf(entity);
                grainState.RecordExists = false;
                return;
            }

            var blob = GrainStateEntity.BlobName(entity);
            var data = blob is null
                ? GrainStateEntity.ReadInline(entity)
                : await _blobs.DownloadAsync(blob, CancellationToken.None).ConfigureAwait(false);
            if (data is null)
            {
                Log.BlobReplacedDuringRead(_logger, keys.PartitionKey, keys.RowKey, blob!, attempt);
                if (attempt < MaxReadAttempts)
                {
                    continue;
                }

                throw new InvalidDataException(
                    $"Grain state {keys.PartitionKey}/{keys.RowKey} points to missing blob {blob}.");
            }

            grainState.State = _serializer.Deserialize<T>(new BinaryData(data));
            grainState.ETag = ETagOf(entity);
            grainState.RecordExists = true;
            Log.Read(_logger, keys.PartitionKey, keys.RowKey, data.Length, grainState.ETag, blob);
            return;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var keys = Keys(stateName, grainId);
        var data = _serializer.Serialize(grainState.State).ToMemory();
        var writeId = Guid.NewGuid();

        string? blob = null;
        TableEntity entity;
        if (data.Length <= GrainStateEntity.MaxInlineBytes)
        {
            entity = GrainStateEntity.Inline(keys, writeId, data);
        }
        else
        {
            // Blob first, entity second: the entity never points at a blob that is not there.
            blob = SpillBlobStore.NewBlobName(keys, writeId);
            await _blobs.UploadAsync(blob, data, CancellationToken.None).ConfigureAwait(false);
            entity = GrainStateEntity.Spilled(keys, writeId, data.Length, blob);
        }

        var oldETag = grainState.ETag;
        await CommitAsync(keys, entity, writeId, grainState, blob).ConfigureAwait(false);
        grainState.RecordExists = true;
        Log.Wrote(_logger, keys.PartitionKey, keys.RowKey, data.Length, oldETag, grainState.ETag!, blob);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var keys = Keys(stateName, grainId);
        var oldETag = grainState.ETag;
        if (_options.DeleteStateOnClear)
        {
            var previous = GrainStateETag.Parse(oldETag);
            await _table.DeleteAsync(keys, previous?.TableETag, oldETag).ConfigureAwait(false);
            grainState.ETag = null;
            await DeleteReplacedBlobAsync(keys, previous?.BlobName).ConfigureAwait(false);
        }
        else
        {
            var writeId = Guid.NewGuid();
            await CommitAsync(keys, GrainStateEntity.Cleared(keys, writeId), writeId, grainState, null).ConfigureAwait(false);
        }

        grainState.State = _activators.GetActivator<T>().Create();
        grainState.RecordExists = false;
        Log.Cleared(_logger, keys.PartitionKey, keys.RowKey, oldETag, _options.DeleteStateOnClear);
    }

    private async Task CommitAsync<T>(
        GrainStateKeys keys, TableEntity entity, Guid writeId, IGrainState<T> grainState, string? newBlob)
    {
        var previous = GrainStateETag.Parse(grainState.ETag);
        string tableETag;
        try
        {
            tableETag = await _table.CommitAsync(entity, writeId, previous?.TableETag, grainState.ETag)
                .ConfigureAwait(false);
        }
        catch (InconsistentStateException) when (newBlob is not null)
        {
            // The conflict proved our entity was not written, so nothing points at the new blob.
            await _blobs.TryDeleteAsync(newBlob).ConfigureAwait(false);
            throw;
        }

        grainState.ETag = new GrainStateETag(tableETag, newBlob).ToString();
        if (previous?.BlobName != newBlob)
        {
            await DeleteReplacedBlobAsync(keys, previous?.BlobName).ConfigureAwait(false);
        }
    }

    // The If-Match that just succeeded proves the replaced version was the one that pointed at this
    // blob, so no reader can be directed to it any more; deleting it is safe and only best effort.
    private async Task DeleteReplacedBlobAsync(GrainStateKeys keys, string? blob)
    {
        if (blob is not null && !await _blobs.TryDeleteAsync(blob).ConfigureAwait(false))
        {
            Log.BlobOrphaned(_logger, keys.PartitionKey, keys.RowKey, blob);
        }
    }

    private GrainStateKeys Keys(string stateName, GrainId grainId) =>
        GrainStateKeys.For(_serviceId, grainId.ToString(), stateName);

    private static string ETagOf(TableEntity entity) =>
        new GrainStateETag(entity.ETag.ToString(), GrainStateEntity.BlobName(entity)).ToString();
}
