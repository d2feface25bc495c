using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceHub.Server.Http;

/// <summary>
/// Reads a request body strictly: JSON only, bounded size, unknown members and wrong types rejected,
/// and a failure named by its JSON path (<c>$.samples[3].phone</c>) so the client knows what to fix.
/// Endpoints bind bodies through this rather than the framework binder, whose 400s name nothing.
/// </summary>
public static class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,

        // {"division":"330782","division":"420106"} must not quietly mean the last one: a proxy, a log and the
        // hub could each read a different value. Refused, naming the key.
        AllowDuplicateProperties = false,
    };

    public static async Task<BodyResult<T>> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return Fail<T>(TooLarge(maxBytes));
        }

        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Fail<T>(TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "仅接受 JSON (JSON only)",
                detail: "Content-Type 必须为 application/json (Content-Type must be application/json)."));
        }

        // Buffer up to the limit: a chunked body without Content-Length is cut off here, not trusted.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return Fail<T>(TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return Invalid<T>("$", "请求体为空 (request body is empty)");
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return value is null
                ? Invalid<T>("$", "请求体必须是 JSON 对象 (body must be a JSON object)")
                : new BodyResult<T>(value, null);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            return IsDuplicateKey(ex)
                ? Invalid<T>(path, $"JSON 对象中的键重复 (duplicate key in a JSON object): {Describe(ex)}")
                : Invalid<T>(path, $"JSON 格式或类型错误 (malformed JSON or wrong type): {Describe(ex)}");
        }
    }

    // The serializer's message can quote the offending value; keep only its position so nothing a
    // client sent (possibly personal data) is echoed back or logged.
    private static string Describe(JsonException ex) =>
        ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "unreadable value";

    // The serializer says so only in its (English) message; the path already names the key.
    private static bool IsDuplicateKey(JsonException ex) => ex.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase);

    private static BodyResult<T> Fail<T>(IResult problem)
        where T : class => new(null, problem);

    private static BodyResult<T> Invalid<T>(string path, string message)
        where T : class
    {
        var errors = new ProblemErrors();
        errors.Add(path, message);
        return Fail<T>(errors.ToProblem());
    }

    private static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "请求体过大 (request body too large)",
        detail: $"上限 {maxBytes} 字节 (limit {maxBytes} bytes).");
}
