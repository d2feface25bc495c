using System.Net;
using System.Net.Sockets;
using ComplianceHub.Abstractions.Serialization;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Storage.GrainStorage;
using ComplianceHub.Storage.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;

namespace ComplianceHub.Benchmarks.Rollups;

/// <summary>One silo in this process, configured as the server configures it, on free loopback ports and its own tables.</summary>
internal static class BenchSilo
{
    private static volatile bool s_stopping;

    /// <summary>
    /// From here on only critical log lines: the run ends while divisions still refresh from their children behind
    /// the cold query, and the calls the stopping silo refuses are expected, not news.
    /// </summary>
    public static void Quieten() => s_stopping = true;

    public static IHost Build(string connectionString, string tablePrefix)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Storage:ConnectionString"] = connectionString;
        builder.Configuration["Storage:TablePrefix"] = tablePrefix;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter((_, level) => level >= (s_stopping ? LogLevel.Critical : LogLevel.Warning));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddComplianceHubStorage(builder.Configuration);
        builder.Services.AddComplianceHubEvidence(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            silo.Services.AddSerializer(serializer => serializer.AddDomainTypesAsJson());
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: tablePrefix, clusterId: tablePrefix);
            silo.AddAzureTableGrainStorageAsDefault(o =>
            {
                o.ConfigureTableServiceClient(connectionString);
                o.TableName = tablePrefix + "grainstate";
            });

            // Wake-ups are scheduled on every change; the benchmark measures the write path, not the reminders table.
            silo.UseInMemoryReminderService();
        });
        return builder.Build();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
