using System.Diagnostics;
using System.Text.Json.Nodes;
using ComplianceHub.Testing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace ComplianceHub.Server.Tests.Deployment;

/// <summary>deploy/k8s as Kubernetes would receive it: rendered by <c>kubectl kustomize</c>, one JSON object per document.</summary>
public sealed class RenderedManifests
{
    private static readonly Lazy<Task<RenderedManifests?>> Rendered = new(RenderAsync);

    private RenderedManifests(IReadOnlyList<JsonObject> documents) => Documents = documents;

    public IReadOnlyList<JsonObject> Documents { get; }

    /// <summary>The rendered manifests; the test is skipped, saying why, when kubectl is not installed.</summary>
    public static async Task<RenderedManifests> GetAsync()
    {
        var rendered = await Rendered.Value;
        if (rendered is null)
        {
            Assert.Skip("kubectl 不在 PATH，未渲染 deploy/k8s (kubectl is not on PATH: the Kubernetes manifests were not rendered or checked)");
        }

        return rendered;
    }

    public JsonObject Document(string kind, string? name = null) =>
        Assert.Single(Documents, d => (string?)d["kind"] == kind && (name is null || ((string?)d["metadata"]!["name"])!.StartsWith(name, StringComparison.Ordinal)));

    public JsonObject PodSpec => Document("Deployment")["spec"]!["template"]!["spec"]!.AsObject();

    public JsonObject Hub => Assert.Single(PodSpec["containers"]!.AsArray())!.AsObject();

    /// <summary>Every environment variable the hub's container gets: its own list, then the ConfigMaps' and Secrets' keys it takes whole.</summary>
    public IReadOnlyList<string> EnvironmentNames
    {
        get
        {
            var names = Hub["env"]!.AsArray().Select(e => (string)e!["name"]!).ToList();
            foreach (var source in Hub["envFrom"]?.AsArray() ?? [])
            {
                var (kind, reference) = source!["configMapRef"] is { } map ? ("ConfigMap", map) : ("Secret", source["secretRef"]!);
                names.AddRange(Document(kind, (string)reference["name"]!)["data"]!.AsObject().Select(p => p.Key));
            }

            return names;
        }
    }

    /// <summary>A plain value set in the container's env list, or null.</summary>
    public string? Value(string name) =>
        (string?)Hub["env"]!.AsArray().FirstOrDefault(e => (string?)e!["name"] == name)?["value"];

    public int ContainerPort(string name) =>
        Number(Hub["ports"]!.AsArray().Single(p => (string?)p!["name"] == name)!["containerPort"]!);

    /// <summary>YAML scalars come through as strings; a number is one either way.</summary>
    public static int Number(JsonNode node) => int.Parse(node.ToString(), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<RenderedManifests?> RenderAsync()
    {
        if (!OnPath("kubectl"))
        {
            return null;
        }

        var start = new ProcessStartInfo("kubectl", ["kustomize", Path.Combine(RepositoryRoot.Path, "deploy", "k8s")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var kubectl = Process.Start(start)!;
        var output = kubectl.StandardOutput.ReadToEndAsync();
        var errors = kubectl.StandardError.ReadToEndAsync();
        await kubectl.WaitForExitAsync();
        Assert.True(kubectl.ExitCode == 0, $"kubectl kustomize deploy/k8s failed: {await errors}");
        return new RenderedManifests(Parse(await output));
    }

    private static List<JsonObject> Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder().Build();
        var json = new SerializerBuilder().JsonCompatible().Build();
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        var documents = new List<JsonObject>();
        while (parser.Accept<DocumentStart>(out _))
        {
            var document = deserializer.Deserialize(parser);
            if (document is not null)
            {
                documents.Add(JsonNode.Parse(json.Serialize(document))!.AsObject());
            }
        }

        return documents;
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, command)));
}
