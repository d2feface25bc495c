using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Grains.Evidence;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>The tree head key (checked at start: Production refuses to run without one) and the timestamp client.</summary>
    public static IServiceCollection AddComplianceHubEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvidenceOptions>()
            .Bind(configuration.GetSection(EvidenceOptions.SectionName))
            .Validate(o => o.TreeHeadInterval >= TimeSpan.Zero && o.TreeHeadInterval <= TimeSpan.FromHours(1) && o.MaxBundleEntries is > 0 and <= 10_000_000,
                "Evidence:TreeHeadInterval must lie in 0..01:00:00 and Evidence:MaxBundleEntries in 1..10,000,000")
            .ValidateOnStart();
        services.AddSingleton<TreeHeadKeys>();
        services.AddHostedService<TreeHeadKeyCheck>();
        // One long-lived client: the authority is one host, and a shared handler reuses its connections.
        services.AddSingleton<ITreeHeadTimestamper>(sp => new Rfc3161Timestamper(
            new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EvidenceOptions>>()));
        return services;
    }
}
