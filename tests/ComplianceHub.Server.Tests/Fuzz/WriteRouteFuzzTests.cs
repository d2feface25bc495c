using System.Globalization;
using System.Net;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of every write route the OpenAPI document lists, as its rightful caller: no answer is a 5xx, a 4xx
/// stores nothing (the enterprise's evidence head is unchanged), a batch id reused with other content is 409, and the
/// hub is healthy and still takes a good request afterwards. <c>CHUB_FUZZ_SEED</c> reproduces a run,
/// <c>CHUB_FUZZ_ITERATIONS</c> (per route, default 150) lengthens it.
/// </summary>
public sealed class WriteRouteFuzzTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("CHUB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261204;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("CHUB_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 150;

    [Fact]
    public async Task No_write_route_answers_5xx_or_stores_anything_for_a_4xx()
    {
        var world = await ApiWorld.CreateAsync(hub);
        var anonymous = hub.CreateClient();
        var routes = (await OpenApiRoute.ReadAsync(anonymous, Ct)).Where(r => r.IsWrite).ToList();
        Assert.Empty(routes.Where(r => RouteSpecs.Find(r) is null).Select(r => r.Key));

        var failures = new List<string>();
        var sent = 0;
        var byStatus = new SortedDictionary<int, int>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (route, index) in routes.Select((r, i) => (r, i)))
        {
            var spec = RouteSpecs.Find(route)!;
            var client = ClientFor(spec.Policy, world, anonymous);
            var random = new Random(Seed + index);
            for (var i = 0; i < Iterations; i++)
            {
                var request = await spec.Build(world, $"{index:x}{i:x4}{random.Next():x8}");
                var fuzz = i == 0 ? JsonMutations.Oversized(request) : JsonMutations.Mutate(request, random);
                var before = await world.EvidenceSeqAsync();
                using var message = request.ToMessage(fuzz.Body, fuzz.MediaType, fuzz.Path);
                if (fuzz.Raw is not null && fuzz.Body is null)
                {
                    message.Content = new ByteArrayContent(fuzz.Raw);
                    message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(fuzz.MediaType ?? "application/octet-stream");
                }

                using var response = await client.SendAsync(message, Ct);
                sent++;
                var status = (int)response.StatusCode;
                byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
                var where = $"seed {Seed + index} #{i} {route.Key} {fuzz.Mutation} → {status}";
                if (status >= 500)
                {
                    failures.Add($"{where}: {await Snippet(response)}");
                }
                else if (status >= 400 && await world.EvidenceSeqAsync() != before)
                {
                    failures.Add($"{where}: stored something (evidence {before} → {await world.EvidenceSeqAsync()})");
                }
            }

            failures.AddRange(await ReusedIdAsync(route, spec, world, client));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"fuzz: seed {Seed}, {routes.Count} write routes, {sent} requests in {clock.Elapsed.TotalSeconds:0.0} s: "
            + string.Join(", ", byStatus.Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests broke a rule:\n{string.Join('\n', failures.Take(40))}");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready", Ct)).StatusCode);
        var good = await RouteSpecs.All["POST /api/v1/enterprises/{id}/label-batches"].Build(world, "afterfuzz0a");
        Assert.Equal(HttpStatusCode.Created, (await world.Enterprise.SendAsync(good.ToMessage(), Ct)).StatusCode);
    }

    /// <summary>An id sent again with other content is 409 and stores nothing; the route's own request is taken first.</summary>
    private static async Task<IEnumerable<string>> ReusedIdAsync(OpenApiRoute route, RouteSpec spec, ApiWorld world, HttpClient client)
    {
        string[] idMembers = ["batchId", "incidentId", "findingId", "orderId", "inspectionId"];
        var first = await spec.Build(world, "r" + Guid.NewGuid().ToString("N")[..8] + "01");
        if (first.Json is not System.Text.Json.Nodes.JsonObject body || !body.Any(p => idMembers.Contains(p.Key)))
        {
            return [];
        }

        // Another acceptable request under the first one's ids: other content, same id.
        var other = (await spec.Build(world, "r" + Guid.NewGuid().ToString("N")[..8] + "02")).Json!.AsObject();
        foreach (var id in idMembers.Where(body.ContainsKey))
        {
            other[id] = body[id]!.DeepClone();
        }

        using var taken = await client.SendAsync(first.ToMessage(), Ct);
        if (!taken.IsSuccessStatusCode)
        {
            return [$"{route.Key}: the acceptable request was refused {(int)taken.StatusCode}: {await Snippet(taken)}"];
        }

        var before = await world.EvidenceSeqAsync();
        using var again = await client.SendAsync(first.ToMessage(other.ToJsonString()), Ct);
        return again.StatusCode == HttpStatusCode.Conflict && await world.EvidenceSeqAsync() == before
            ? []
            : [$"{route.Key}: same id, other content answered {(int)again.StatusCode}: {await Snippet(again)}"];
    }

    private static HttpClient ClientFor(AccessPolicy policy, ApiWorld world, HttpClient anonymous) => policy switch
    {
        AccessPolicy.SubmitData or AccessPolicy.SubmitRectification => world.Enterprise,
        AccessPolicy.PostalInspector => world.Postal,
        AccessPolicy.Register or AccessPolicy.ExportEvidence => world.Admin,
        _ => anonymous,
    };

    private static async Task<string> Snippet(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        return text.Length > 300 ? text[..300] : text;
    }
}
