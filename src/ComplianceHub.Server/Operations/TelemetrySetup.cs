using ComplianceHub.Storage.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ComplianceHub.Server.Operations;

public static class TelemetrySetup
{
    public const string ServiceName = "compliancehub";

    /// <summary>The meters exported: the hub's own, Orleans', ASP.NET Core's (requests by route and status, rate limiting, authorization) and the runtime's.</summary>
    public static readonly string[] Meters =
    [
        HubMetrics.MeterName, "Microsoft.Orleans", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Authorization", "System.Runtime",
    ];

    /// <summary>Grain calls between application grains (Orleans' own system calls are left out as noise).</summary>
    public const string OrleansApplicationSource = "Microsoft.Orleans.Application";

    /// <summary>
    /// OpenTelemetry for operators: metrics (requests by route pattern and status, batches, evidence appends, roll-up
    /// pushes, storage latency, Orleans) and traces (requests and grain calls), pushed over OTLP when a collector is
    /// configured and/or scraped by Prometheus on a port of its own. Off when nothing would read it.
    /// </summary>
    public static WebApplicationBuilder AddComplianceHubTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.OtlpEndpoint is { Length: > 0 } || builder.Configuration[TelemetryOptions.StandardEndpointVariable] is { Length: > 0 };
        var metrics = (options.Metrics ?? otlp) || options.PrometheusPort is not null;
        var traces = options.Traces ?? otlp;
        if (options.PrometheusPort is < 1 or > 65535)
        {
            throw new InvalidOperationException($"OpenTelemetry:PrometheusPort 须为 1–65535 (must be a port number, not {options.PrometheusPort}).");
        }

        if (options.OtlpEndpoint is { Length: > 0 } configured && !Uri.TryCreate(configured, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException("OpenTelemetry:OtlpEndpoint 须为绝对地址 (must be an absolute URL such as http://otel-collector:4317).");
        }

        builder.Services.AddSingleton(options);
        if (!metrics && !traces)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService(ServiceName));
        if (metrics)
        {
            telemetry.WithMetrics(m =>
            {
                m.AddMeter(Meters).AddAspNetCoreInstrumentation();
                if (options.PrometheusPort is not null)
                {
                    m.AddPrometheusExporter();
                }
            });
        }

        if (traces)
        {
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !IsOperatorsOwn(context.Request.Path);
                    o.EnrichWithHttpRequest = (activity, _) => SpanRedaction.RemoveClientTypedTags(activity);
                })
                .AddSource(OrleansApplicationSource));
            builder.UseOrleans(silo => silo.AddActivityPropagation());
        }

        if (otlp)
        {
            if (options.OtlpEndpoint is { Length: > 0 } endpoint)
            {
                telemetry.UseOtlpExporter(
                    options.OtlpProtocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc,
                    new Uri(endpoint));
            }
            else
            {
                telemetry.UseOtlpExporter();
            }
        }

        return builder;
    }

    /// <summary>The Prometheus scrape endpoint, <c>/metrics</c> on <c>OpenTelemetry:PrometheusPort</c> only: anonymous there, absent on every other port.</summary>
    public static WebApplication UseComplianceHubMetricsScraping(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TelemetryOptions>().PrometheusPort is { } port)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Connection.LocalPort == port && context.Request.Path == "/metrics");
        }

        return app;
    }

    private static bool IsOperatorsOwn(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments(DashboardSetup.Path, StringComparison.Ordinal);
}
