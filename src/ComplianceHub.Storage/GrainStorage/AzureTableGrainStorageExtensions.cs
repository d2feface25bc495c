using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration.Overrides;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// Registration with the same names and signatures as the official
/// <c>AzureTableSiloBuilderExtensions</c>: the provider is a keyed <see cref="IGrainStorage"/>
/// (unkeyed too when it is the default) and joins the silo lifecycle to create its table.
/// </summary>
public static class AzureTableGrainStorageExtensions
{
    public static ISiloBuilder AddAzureTableGrainStorageAsDefault(
        this ISiloBuilder builder, Action<AzureTableGrainStorageOptions> configureOptions) =>
        builder.AddAzureTableGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    public static ISiloBuilder AddAzureTableGrainStorage(
        this ISiloBuilder builder, string name, Action<AzureTableGrainStorageOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAzureTableGrainStorage(name, configureOptions);
        return builder;
    }

    public static IServiceCollection AddAzureTableGrainStorageAsDefault(
        this IServiceCollection services, Action<AzureTableGrainStorageOptions> configureOptions) =>
        services.AddAzureTableGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    public static IServiceCollection AddAzureTableGrainStorage(
        this IServiceCollection services, string name, Action<AzureTableGrainStorageOptions> configureOptions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configureOptions);
        services.AddOptions<AzureTableGrainStorageOptions>(name).Configure(configureOptions);
        services.AddTransient<IConfigurationValidator>(sp => new AzureTableGrainStorageOptionsValidator(
            sp.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name), name));
        return services.AddGrainStorage(name, Create);
    }

    private static AzureTableGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name);
        // Binary by default rather than the silo-wide JSON default: smaller entities mean fewer
        // chunks and spills, and our persisted types carry [GenerateSerializer]/[Id] for versioning.
        var serializer = options.GrainStorageSerializer
                         ?? new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
        return new AzureTableGrainStorage(
            name,
            options,
            serializer,
            services.GetProviderClusterOptions(name).Value.ServiceId,
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<AzureTableGrainStorage>>());
    }
}
