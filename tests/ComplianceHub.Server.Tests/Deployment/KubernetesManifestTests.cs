using System.Net;
using System.Text.Json.Nodes;
using ComplianceHub.Server.Hosting;
using ComplianceHub.Server.Operations;
using ComplianceHub.Server.Tests.Infrastructure;
using Orleans.Hosting.Kubernetes;

namespace ComplianceHub.Server.Tests.Deployment;

/// <summary>
/// deploy/k8s rendered with kustomize, held against the hub itself: every setting the manifests give names one the
/// hub reads, every probe a route it serves, every port one it listens on, and Orleans' Kubernetes hosting gets what
/// it needs from the pod.
/// </summary>
public sealed class KubernetesManifestTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Variables read by the process rather than through a configuration section.</summary>
    private static readonly string[] ProcessVariables =
    [
        "ASPNETCORE_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS",
        KubernetesHostingOptions.PodNameEnvironmentVariable, KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
        KubernetesHostingOptions.PodIPEnvironmentVariable, KubernetesHostingOptions.ServiceIdEnvironmentVariable,
        KubernetesHostingOptions.ClusterIdEnvironmentVariable,
    ];

    [Fact]
    public async Task The_manifests_render_into_what_a_cluster_of_silos_needs()
    {
        var k8s = await RenderedManifests.GetAsync();

        Assert.Equal(
            ["ConfigMap", "Deployment", "Namespace", "PodDisruptionBudget", "Role", "RoleBinding", "Secret", "Service", "ServiceAccount"],
            k8s.Documents.Select(d => (string)d["kind"]!).Order(StringComparer.Ordinal));
        Assert.All(k8s.Documents.Where(d => (string?)d["kind"] != "Namespace"), d => Assert.Equal("compliancehub", (string?)d["metadata"]!["namespace"]));
        Assert.True(RenderedManifests.Number(k8s.Document("Deployment")["spec"]!["replicas"]!) >= 2, "a cluster needs more than one silo");
    }

    [Fact]
    public async Task Every_setting_the_manifests_give_is_one_the_hub_reads()
    {
        var k8s = await RenderedManifests.GetAsync();

        var names = k8s.EnvironmentNames;

        var unread = names.Where(n => n.Contains("__", StringComparison.Ordinal)
            ? !HubConfigurationKeys.IsRead(n.Replace("__", ":", StringComparison.Ordinal))
            : !ProcessVariables.Contains(n)).ToList();
        Assert.True(unread.Count == 0, $"set by deploy/k8s, read by nothing in the hub: {string.Join(", ", unread)}");
        Assert.Equal("azure-table", k8s.Value("Orleans__ClusteringMode"));
        Assert.Equal("true", k8s.Value("Orleans__Kubernetes"));
        Assert.Equal("Production", k8s.Value("ASPNETCORE_ENVIRONMENT"));
    }

    /// <summary>A check that would pass for any name proves nothing: misspelt or unbound keys are caught.</summary>
    [Theory]
    [InlineData("Orleans:Clustering")]
    [InlineData("Orleans:SiloPorts")]
    [InlineData("Labels:FingerprintKeys")]
    [InlineData("AzureAd:ClientSecretz")]
    [InlineData("Nothing:Here")]
    public void A_key_the_hub_does_not_read_is_recognised_as_such(string key)
    {
        Assert.False(HubConfigurationKeys.IsRead(key), key);
    }

    [Theory]
    [InlineData("Orleans:ClusteringMode")]
    [InlineData("Reports:BaseUrl")]
    [InlineData("AzureAd:ClientId")]
    [InlineData("AzureAd:Audience")]
    [InlineData("Compliance:Rulebook:TrainingWindowMonths")]
    [InlineData("OpenTelemetry:PrometheusPort")]
    public void A_key_the_hub_reads_is_recognised(string key)
    {
        Assert.True(HubConfigurationKeys.IsRead(key), key);
    }

    [Fact]
    public async Task Keys_and_credentials_come_from_the_secret_and_nothing_secret_is_inline()
    {
        var k8s = await RenderedManifests.GetAsync();

        var secret = k8s.Document("Secret", "compliancehub-secrets")["data"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("Storage__ConnectionString", secret);
        Assert.Contains("Labels__FingerprintKey", secret);
        Assert.Contains("AzureAd__ClientId", secret);
        Assert.Contains("Evidence__SigningKey", secret);
        Assert.DoesNotContain(k8s.Hub["env"]!.AsArray(), e => ((string)e!["name"]!).Contains("Key", StringComparison.Ordinal) || ((string)e["name"]!).StartsWith("Storage__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Probes_ask_routes_the_hub_serves_without_a_token_on_the_port_it_listens_on()
    {
        var k8s = await RenderedManifests.GetAsync();
        var httpPorts = k8s.Value("ASPNETCORE_HTTP_PORTS")!.Split(';').Select(int.Parse).ToList();
        var client = hub.CreateClient();

        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            var get = k8s.Hub[probe]!["httpGet"]!;
            var path = (string)get["path"]!;
            Assert.Contains(k8s.ContainerPort((string)get["port"]!), httpPorts);
            var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{probe} {path}: {(int)response.StatusCode}");
        }

        Assert.Equal("/health/live", (string?)k8s.Hub["livenessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/health/ready", (string?)k8s.Hub["readinessProbe"]!["httpGet"]!["path"]);
    }

    [Fact]
    public async Task Container_ports_are_the_ports_the_hub_listens_on()
    {
        var k8s = await RenderedManifests.GetAsync();
        var httpPorts = k8s.Value("ASPNETCORE_HTTP_PORTS")!.Split(';').Select(int.Parse).ToList();

        Assert.Contains(k8s.ContainerPort("http"), httpPorts);
        Assert.Equal(k8s.ContainerPort("metrics"), int.Parse(k8s.Value("OpenTelemetry__PrometheusPort")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(k8s.ContainerPort("metrics"), httpPorts);
        Assert.Equal(k8s.ContainerPort("silo"), PortSetting(k8s, "Orleans__SiloPort", new OrleansOptions().SiloPort));
        Assert.Equal(k8s.ContainerPort("gateway"), PortSetting(k8s, "Orleans__GatewayPort", new OrleansOptions().GatewayPort));
        var annotations = k8s.Document("Deployment")["spec"]!["template"]!["metadata"]!["annotations"]!;
        Assert.Equal(k8s.ContainerPort("metrics").ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)annotations["prometheus.io/port"]);
        Assert.Equal("/metrics", (string?)annotations["prometheus.io/path"]);
    }

    [Fact]
    public async Task The_service_and_the_disruption_budget_select_the_hub_pods_and_reach_a_named_port()
    {
        var k8s = await RenderedManifests.GetAsync();
        var podLabels = k8s.Document("Deployment")["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

        var service = k8s.Document("Service");
        Assert.All(service["spec"]!["selector"]!.AsObject(), s => Assert.Equal((string?)s.Value, (string?)podLabels[s.Key]));
        Assert.All(service["spec"]!["ports"]!.AsArray(), p => k8s.ContainerPort((string)p!["targetPort"]!));
        var budget = k8s.Document("PodDisruptionBudget")["spec"]!;
        Assert.All(budget["selector"]!["matchLabels"]!.AsObject(), s => Assert.Equal((string?)s.Value, (string?)podLabels[s.Key]));
        Assert.Equal("1", budget["maxUnavailable"]!.ToString());
    }

    [Fact]
    public async Task Orleans_kubernetes_hosting_gets_the_pod_identity_labels_and_rights_it_needs()
    {
        var k8s = await RenderedManifests.GetAsync();
        var template = k8s.Document("Deployment")["spec"]!["template"]!;
        var labels = template["metadata"]!["labels"]!;
        var env = k8s.Hub["env"]!.AsArray().ToDictionary(e => (string)e!["name"]!, e => e!);

        Assert.NotNull((string?)labels[KubernetesHostingOptions.ServiceIdLabel]);
        Assert.NotNull((string?)labels[KubernetesHostingOptions.ClusterIdLabel]);
        Assert.Equal("metadata.name", FieldPath(env[KubernetesHostingOptions.PodNameEnvironmentVariable]));
        Assert.Equal("metadata.namespace", FieldPath(env[KubernetesHostingOptions.PodNamespaceEnvironmentVariable]));
        Assert.Equal("status.podIP", FieldPath(env[KubernetesHostingOptions.PodIPEnvironmentVariable]));
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']", FieldPath(env[KubernetesHostingOptions.ServiceIdEnvironmentVariable]));
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']", FieldPath(env[KubernetesHostingOptions.ClusterIdEnvironmentVariable]));

        var account = (string)template["spec"]!["serviceAccountName"]!;
        Assert.Equal(account, (string?)k8s.Document("ServiceAccount")["metadata"]!["name"]);
        var binding = k8s.Document("RoleBinding");
        Assert.Contains(binding["subjects"]!.AsArray(), s => (string?)s!["kind"] == "ServiceAccount" && (string?)s["name"] == account);
        var role = k8s.Document("Role", (string)binding["roleRef"]!["name"]!);
        var pods = Assert.Single(role["rules"]!.AsArray(), r => r!["resources"]!.AsArray().Any(x => (string?)x == "pods"))!;
        Assert.Equal(["get", "list", "patch", "watch"], pods["verbs"]!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_pod_runs_as_a_non_root_user_with_a_read_only_root()
    {
        var k8s = await RenderedManifests.GetAsync();

        Assert.Equal("true", k8s.PodSpec["securityContext"]!["runAsNonRoot"]!.ToString(), ignoreCase: true);
        Assert.Equal("false", k8s.Hub["securityContext"]!["allowPrivilegeEscalation"]!.ToString(), ignoreCase: true);
        Assert.Equal("true", k8s.Hub["securityContext"]!["readOnlyRootFilesystem"]!.ToString(), ignoreCase: true);
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(ComplianceHub.Testing.RepositoryRoot.Path, "deploy", "Dockerfile"), Ct);
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
        Assert.Contains("cjk-to-glyf.py", dockerfile, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", dockerfile, StringComparison.Ordinal);
    }

    private static string? FieldPath(JsonNode env) => (string?)env["valueFrom"]?["fieldRef"]?["fieldPath"];

    private static int PortSetting(RenderedManifests k8s, string name, int fallback) =>
        k8s.Value(name) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
