namespace ComplianceHub.Server.Operations;

/// <summary>Where the hub's metrics, traces and logs go (<c>OpenTelemetry:*</c>). Nothing is collected unless something reads it.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The standard variable the OTLP exporter reads by itself; either it or <see cref="OtlpEndpoint"/> turns OTLP on.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>OTLP collector address, e.g. <c>http://otel-collector:4317</c>: metrics, traces and logs are pushed there.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (port 4317, the default) or <c>http/protobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>
    /// A port of its own for the Prometheus scrape endpoint <c>/metrics</c>, answered only on connections to that port
    /// (the process must listen there too, e.g. <c>ASPNETCORE_HTTP_PORTS=8080;9464</c>), so it is never on the public port.
    /// </summary>
    public int? PrometheusPort { get; set; }

    /// <summary>Collect metrics; default: when OTLP or Prometheus is configured.</summary>
    public bool? Metrics { get; set; }

    /// <summary>Trace requests and grain calls; default: when OTLP is configured (a trace nobody receives costs every call).</summary>
    public bool? Traces { get; set; }
}
