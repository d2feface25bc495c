using System.Net;
using Azure.Data.Tables;
using ComplianceHub.Abstractions.Serialization;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Storage.GrainStorage;
using ComplianceHub.Storage.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;

namespace ComplianceHub.Server.Hosting;

public static class SiloSetup
{
    /// <summary>
    /// The silo runs in this process beside the API. Grain state and durable reminders live in the storage account's
    /// tables; so does cluster membership when silos span processes (<c>Orleans:ClusteringMode = azure-table</c>), so a
    /// deployment needs nothing but its storage account. Redis clustering stays as the alternative.
    /// </summary>
    public static WebApplicationBuilder AddComplianceHubSilo(this WebApplicationBuilder builder)
    {
        var orleans = builder.Configuration.GetSection(OrleansOptions.SectionName).Get<OrleansOptions>() ?? new OrleansOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddComplianceHubStorage(builder.Configuration);
        builder.Services.AddComplianceHubEvidence(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            silo.Services.AddSerializer(serializer => serializer.AddDomainTypesAsJson());
            UseClustering(silo, orleans, storage);
            silo.AddAzureTableGrainStorageAsDefault(o =>
            {
                o.ConfigureTableServiceClient(storage.ConnectionString);
                o.TableName = storage.TablePrefix + "grainstate";
            });
            silo.UseAzureTableReminderService(o =>
            {
                o.TableServiceClient = new TableServiceClient(storage.ConnectionString);
                o.TableName = storage.TablePrefix + "reminders";
            });
        });
        return builder;
    }

    private static void UseClustering(ISiloBuilder silo, OrleansOptions orleans, StorageOptions storage)
    {
        switch (orleans.Mode)
        {
            case "localhost":
                silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
                return;
            case "azure-table":
                silo.UseAzureStorageClustering(o =>
                {
                    o.TableServiceClient = new TableServiceClient(storage.ConnectionString);
                    o.TableName = storage.TablePrefix + "silos";
                });
                break;
            case "redis":
                silo.UseRedisClustering(orleans.RedisClustering is { Length: > 0 } redis
                    ? redis
                    : throw new InvalidOperationException("redis 集群需要 Orleans:RedisClustering (redis clustering needs Orleans:RedisClustering)."));
                break;
            default:
                throw new InvalidOperationException(
                    $"Orleans:ClusteringMode 须为 localhost、azure-table 或 redis (Orleans:ClusteringMode must be localhost, azure-table or redis, not '{orleans.ClusteringMode}').");
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = orleans.ClusterId;
            o.ServiceId = orleans.ServiceId;
        });
        silo.UseFastFailureDetection();
        if (orleans.Kubernetes)
        {
            silo.UseKubernetesHosting();
        }
        else
        {
            var address = string.IsNullOrWhiteSpace(orleans.AdvertisedIPAddress) ? IPAddress.Loopback : IPAddress.Parse(orleans.AdvertisedIPAddress);
            silo.ConfigureEndpoints(address, orleans.SiloPort, orleans.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        }
    }
}
