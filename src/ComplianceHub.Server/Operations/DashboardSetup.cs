using ComplianceHub.Server.Auth;
using Orleans.Dashboard;

namespace ComplianceHub.Server.Operations;

public static class DashboardSetup
{
    public const string Path = "/dashboard";

    public const string AdminPolicy = "dashboard-admin";

    /// <summary>
    /// The Orleans Dashboard (silos, grain activations, method latency, reminders) in this silo. Its live log stream
    /// is off: logs belong to the log store, where their retention is governed, not to a browser tab.
    /// </summary>
    public static WebApplicationBuilder AddComplianceHubDashboard(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(HubDashboardOptions.SectionName).Get<HubDashboardOptions>() ?? new HubDashboardOptions();
        builder.Services.AddSingleton(options);
        if (options.Enabled)
        {
            builder.UseOrleans(silo => silo.AddDashboard(d => d.HideTrace = true));
            builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        }

        return builder;
    }

    /// <summary>
    /// <c>/dashboard</c> for the admin role only (401 without a token, 403 for any other role; refusals reach the security
    /// log). Not part of the API document. Its grain-state viewer is refused: reading an enterprise's state must go
    /// through the API, where every read is scoped and every export is an evidence entry.
    /// </summary>
    public static WebApplication MapComplianceHubDashboard(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<HubDashboardOptions>().Enabled)
        {
            return app;
        }

        IEndpointConventionBuilder dashboard = app.MapOrleansDashboard(Path).RequireAuthorization(AdminPolicy).ExcludeFromDescription();
        dashboard.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && route.EndsWith("/GrainState", StringComparison.Ordinal))
            {
                endpoint.RequestDelegate = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                };
            }
        });
        return app;
    }
}
