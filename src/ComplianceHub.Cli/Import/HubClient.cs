using System.Net.Http.Json;
using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// <see cref="IHubClient"/> over an <see cref="HttpClient"/> whose BaseAddress is the hub. The caller owns the
/// client (and so its handler, timeout and credentials), which is also how a test points it at its own endpoint.
/// </summary>
internal sealed class HubClient(HttpClient http) : IHubClient
{
    public Task<(HubAcceptance? Accepted, HubFailure? Failure)> PutStaffAsync(string enterpriseId, StaffRosterRequest roster, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"api/v1/enterprises/{Uri.EscapeDataString(enterpriseId)}/staff", roster, cancellationToken);

    public Task<(HubAcceptance? Accepted, HubFailure? Failure)> PostTrainingAsync(string enterpriseId, TrainingSessionRequest session, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"api/v1/enterprises/{Uri.EscapeDataString(enterpriseId)}/trainings", session, cancellationToken);

    private Task<(HubAcceptance? Accepted, HubFailure? Failure)> SendAsync<T>(HttpMethod method, string path, T body, CancellationToken cancellationToken) =>
        HubExchange.SendAsync(
            http,
            () => new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, options: ImportJson.Wire) },
            (response, _) => Task.FromResult<(HubAcceptance?, HubFailure?)>((new HubAcceptance((int)response.StatusCode), null)),
            cancellationToken);
}
