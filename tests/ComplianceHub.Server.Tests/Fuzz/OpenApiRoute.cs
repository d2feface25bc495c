using System.Text.Json;

namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>One operation of the hub's OpenAPI document: what the fuzz and access-matrix tests enumerate.</summary>
public sealed record OpenApiRoute(string Method, string Template, string OperationId)
{
    public string Key => $"{Method} {Template}";

    public bool IsWrite => Method is not ("GET" or "HEAD" or "OPTIONS");

    /// <summary>Every operation of <c>/openapi/v1.json</c>, in document order.</summary>
    public static async Task<IReadOnlyList<OpenApiRoute>> ReadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", cancellationToken));
        var routes = new List<OpenApiRoute>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var id = operation.Value.TryGetProperty("operationId", out var name) ? name.GetString()! : $"{operation.Name} {path.Name}";
                routes.Add(new OpenApiRoute(operation.Name.ToUpperInvariant(), path.Name, id));
            }
        }

        return routes;
    }
}
