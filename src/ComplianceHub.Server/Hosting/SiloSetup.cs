using ComplianceHub.Abstractions.Serialization;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Storage.GrainStorage;
using ComplianceHub.Storage.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;

namespace ComplianceHub.Server.Hosting;

public static class SiloSetup
{
    /// <summary>The silo runs in this process beside the API; grain state lives in Azure Table storage.</summary>
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
            if (string.IsNullOrWhiteSpace(orleans.RedisClustering))
            {
                silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
            }
            else
            {
                silo.UseRedisClustering(orleans.RedisClustering);
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = orleans.ClusterId;
                    o.ServiceId = orleans.ServiceId;
                });
                silo.ConfigureEndpoints(orleans.SiloPort, orleans.GatewayPort);
            }

            silo.AddAzureTableGrainStorageAsDefault(o =>
            {
                o.ConfigureTableServiceClient(storage.ConnectionString);
                o.TableName = storage.TablePrefix + "grainstate";
            });
        });
        return builder;
    }
}
