using System.Net.Http.Headers;
using System.Net.Http.Json;
using ComplianceHub.Cluster.Tests.Infrastructure;

namespace ComplianceHub.Cluster.Tests.Load;

/// <summary>
/// Label batches from every enterprise at once, each sent to the hubs in turn, as an enterprise's system behind a
/// load balancer would. A batch without a 2xx is sent again, unchanged and under the same id, to the next hub that
/// is up, until one acknowledges it: what a client does with a 503 or a dead connection. Runs until stopped; each
/// worker then finishes the batch it holds, so nothing it sent is left unacknowledged.
/// </summary>
public sealed class BatchLoad(IReadOnlyList<HubProcess> hubs, IReadOnlyList<LoadEnterprise> enterprises, string day)
{
    private volatile bool _stopping;

    public LoadTally Tally { get; } = new();

    public int AcknowledgedCount => enterprises.Sum(e => e.Acknowledged.Count);

    public Task RunAsync() => Task.WhenAll(enterprises.Select((e, i) => Task.Run(() => WorkAsync(e, i))));

    public void Stop() => _stopping = true;

    private async Task WorkAsync(LoadEnterprise enterprise, int worker)
    {
        for (var n = 0; !_stopping; n++)
        {
            var batchId = $"load-{worker}-{n}";
            var printed = 100 + n;
            var body = new
            {
                batchId, date = day, printed, masked = printed,
                samples = new[] { new { id = "s1", name = "王*", phone = "138******78", address = "人民路1号****" } },
            };
            for (var attempt = 0; ; attempt++)
            {
                var hub = Live((worker + n + attempt) % hubs.Count);
                var status = await SendAsync(hub, enterprise, body);
                Tally.Saw(status);
                if (status is >= 200 and < 300)
                {
                    enterprise.Acknowledged[batchId] = printed;
                    break;
                }

                Tally.Retried();
                if (status is >= 400 and < 500)
                {
                    throw new InvalidOperationException($"batch {batchId} of {enterprise.Id} refused {status}");
                }
            }
        }
    }

    /// <summary>The hub at <paramref name="index"/>, or the next one still running: the client's load balancer notices a dead backend.</summary>
    private HubProcess Live(int index)
    {
        for (var i = 0; i < hubs.Count; i++)
        {
            var hub = hubs[(index + i) % hubs.Count];
            if (!hub.HasExited)
            {
                return hub;
            }
        }

        throw new InvalidOperationException("no hub is running");
    }

    private static async Task<int> SendAsync(HubProcess hub, LoadEnterprise enterprise, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/enterprises/{enterprise.Id}/label-batches") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", enterprise.Token);
        try
        {
            using var response = await hub.Http.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }
}
