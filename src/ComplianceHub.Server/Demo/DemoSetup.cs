using ComplianceHub.Server.Health;

namespace ComplianceHub.Server.Demo;

public static class DemoSetup
{
    /// <summary>Seeds the demo dataset when <c>Demo:Seed</c> is true (deploy/run.sh sets it); until it is in, the hub is not ready.</summary>
    public static IServiceCollection AddDemoSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Demo:Seed"))
        {
            services.AddSingleton<DemoSeedingStatus>();
            services.AddHostedService<DemoSeeder>();
            services.AddHealthChecks().AddCheck<DemoSeedingHealthCheck>("demo", tags: [HealthApi.ReadyTag]);
        }

        return services;
    }
}
