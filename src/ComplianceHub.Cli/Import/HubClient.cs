using System.Net.Http.Json;
using System.Text.Json;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// <see cref="IHubClient"/> over an <see cref="HttpClient"/> whose BaseAddress is the hub. The caller owns the
/// client (and so its handler, timeout and credentials), which is also how a test points it at its own endpoint.
/// </summary>
internal sealed class HubClient(HttpClient http) : IHubClient
{
    public Task<HubResponse> PutStaffAsync(string enterpriseId, StaffRosterRequest roster, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"api/v1/enterprises/{Uri.EscapeDataString(enterpriseId)}/staff", roster, cancellationToken);

    public Task<HubResponse> PostTrainingAsync(string enterpriseId, TrainingSessionRequest session, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"api/v1/enterprises/{Uri.EscapeDataString(enterpriseId)}/trainings", session, cancellationToken);

    private async Task<HubResponse> SendAsync<T>(HttpMethod method, string path, T body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(body, options: ImportJson.Wire),
        };
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new HubResponse(HubOutcome.Accepted, status, null, new Dictionary<string, string[]>());
            }

            var problem = await ReadProblemAsync(response, cancellationToken).ConfigureAwait(false);
            var outcome = status is >= 400 and < 500 ? HubOutcome.Rejected : HubOutcome.Failed;
            var title = problem?.Title ?? response.ReasonPhrase;
            if (problem?.Detail is { Length: > 0 } detail)
            {
                title = $"{title}: {detail}";
            }

            return new HubResponse(outcome, status, title, problem?.Errors ?? new Dictionary<string, string[]>());
        }
        catch (HttpRequestException e)
        {
            return HubResponse.Unreachable($"无法连接 hub cannot reach the hub at {http.BaseAddress}: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HubResponse.Unreachable($"hub 未在 {http.Timeout.TotalSeconds:0} 秒内答复 the hub at {http.BaseAddress} did not answer within {http.Timeout.TotalSeconds:0} s");
        }
    }

    private static async Task<HubProblem?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<HubProblem>(ImportJson.Wire, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not problem details (a proxy's HTML page, an empty body): the status line says enough.
            return null;
        }
    }
}
