using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Orleans;
using Orleans.Storage;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// Options of <see cref="AzureTableGrainStorage"/>, shaped like the official
/// Orleans.Persistence.AzureStorage <c>AzureTableStorageOptions</c> so a later swap to that package
/// changes one registration line, not the configuration code.
/// </summary>
public sealed class AzureTableGrainStorageOptions : IStorageProviderSerializerOptions
{
    public const string DefaultTableName = "OrleansGrainState";
    public const string DefaultContainerName = "orleans-grain-state";
    public const int DefaultInitStage = ServiceLifecycleStage.ApplicationServices;

    /// <summary>Table holding one entity per grain state.</summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>Blob container for states too large for one table entity (above ~960 KiB serialized).</summary>
    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>Delete the entity on ClearStateAsync; otherwise overwrite it with an empty "cleared" marker.</summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>Silo lifecycle stage at which the table is created; storage is usable only after it.</summary>
    public int InitStage { get; set; } = DefaultInitStage;

    /// <summary>Serializer for state; when null the Orleans binary serializer is used (compact, version tolerant with [Id]).</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;

    public TableServiceClient? TableServiceClient { get; set; }

    public BlobServiceClient? BlobServiceClient { get; set; }

    /// <summary>
    /// One storage account connection string for both the table and, unless set separately, the
    /// spill blobs. Clients get the bounded retry policy of <see cref="StorageClientDefaults"/>.
    /// </summary>
    public void ConfigureTableServiceClient(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        TableServiceClient = new TableServiceClient(connectionString, StorageClientDefaults.TableClientOptions());
        BlobServiceClient ??= new BlobServiceClient(connectionString, StorageClientDefaults.BlobClientOptions());
    }

    /// <summary>Production form: Entra ID credentials; configure the blob endpoint separately.</summary>
    public void ConfigureTableServiceClient(Uri serviceUri, TokenCredential credential) =>
        TableServiceClient = new TableServiceClient(serviceUri, credential, StorageClientDefaults.TableClientOptions());

    public void ConfigureBlobServiceClient(string connectionString) =>
        BlobServiceClient = new BlobServiceClient(connectionString, StorageClientDefaults.BlobClientOptions());

    public void ConfigureBlobServiceClient(Uri serviceUri, TokenCredential credential) =>
        BlobServiceClient = new BlobServiceClient(serviceUri, credential, StorageClientDefaults.BlobClientOptions());
}
