using System.Text.Json.Nodes;

namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>A request to one route: its concrete path and, for a write, a body known to be acceptable (fresh ids each time).</summary>
public sealed record RouteRequest(string Method, string Path, JsonNode? Json, byte[]? Raw = null, string? MediaType = "application/json")
{
    public HttpRequestMessage ToMessage(string? body = null, string? mediaType = null, string? path = null)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), path ?? Path);
        var content = body ?? Json?.ToJsonString();
        if (content is not null)
        {
            message.Content = new StringContent(content);
            message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType ?? MediaType ?? "application/json");
        }
        else if (Raw is not null)
        {
            message.Content = new ByteArrayContent(Raw);
            message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType ?? MediaType ?? "application/octet-stream");
        }

        return message;
    }
}
