namespace ComplianceHub.Server.Demo;

public static class DemoSetup
{
    /// <summary>Seeds the demo dataset when <c>Demo:Seed</c> is true (deploy/run.sh sets it).</summary>
    public static IServiceCollection AddDemoSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Demo:Seed"))
        {
            services.AddHostedService<DemoSeeder>();
        }

        return services;
    }
}
