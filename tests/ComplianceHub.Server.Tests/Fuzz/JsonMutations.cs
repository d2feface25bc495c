using System.Text;
using System.Text.Json.Nodes;

namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>
/// What a careless client or an attacker sends instead of the acceptable body: wrong types, nulls, missing and extra
/// members, overflowing numbers, far and impossible dates, control, bidi and zero-width characters, padded and 100 KB
/// strings, personal data, duplicate keys, deep nesting, malformed JSON, other media types, oversized bodies and
/// traversal in path ids. Every choice comes from the caller's seeded <see cref="Random"/>, so a run is reproducible.
/// </summary>
public static class JsonMutations
{
    private static readonly string[] Numbers = ["1e400", "9223372036854775808", "-9223372036854775809", "-1", "0.000001", "1e20", "2147483648", "-0", "12.5"];

    private static readonly string[] Dates =
        ["9999-12-31", "0001-01-01", "2026-02-30", "2026-13-01", "1899-12-31", "2026-11-23T25:00:00+08:00", "+275760-09-13", "9999-12-31T23:59:59+00:00", "2026/11/23", ""];

    private static readonly string[] Texts =
    [
        "面单\u200B保护", "快递\u202E员", "\u2066隔离\u2069", "\uFEFF开头", "换行\n文本", "制表\t符", "\u0000空字符", "   两端空白   ", "１３９１２３４５６７８",
        "+86 139 1234 5678", "11010519491231002X", "../../etc/passwd", "%2e%2e%2f%2e%2e", "<script>alert(1)</script>", "'; DROP TABLE x; --", "😀表情", "a",
    ];

    private static readonly string[] MalformedBodies = ["", "[]", "null", "\"text\"", "{", "{\"a\":1,}", "{'a':1}", "{\"a\":1 /* c */}", "{\"a\":NaN}", "\uFEFF{}", "{\"a\":\"\\ud800\"}"];

    private static readonly string[] MediaTypes =
        ["text/plain", "application/xml", "APPLICATION/JSON", "application/json; charset=utf-16", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"];

    // No %00: Kestrel refuses a NUL in the request line itself (400) before routing, and the in-process test host cannot carry one.
    private static readonly string[] PathIds =
        ["..%2F..%2Fadmin", "%2e%2e", "a%2500b", "91330782MA2000001K%2F..%2F..", "企业", "13912345678", "00000000-0000-0000-0000-000000000000", "x"];

    /// <summary>One mutation of <paramref name="request"/>, chosen by <paramref name="random"/>.</summary>
    public static FuzzCase Mutate(RouteRequest request, Random random)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(random);
        if (request.Json is null)
        {
            return MutateRaw(request, random);
        }

        var json = request.Json.DeepClone();
        switch (random.Next(14))
        {
            case 0: return Replace(request, json, random, "type", node => node is JsonValue v && v.TryGetValue<string>(out _) ? JsonValue.Create(12345) : JsonValue.Create("文本"));
            case 1: return Replace(request, json, random, "null", _ => null);
            case 2: return Remove(request, json, random);
            case 3: return Raw(request, "number", ReplaceRaw(json, random, Numbers[random.Next(Numbers.Length)]));
            case 4: return Replace(request, json, random, "date", _ => JsonValue.Create(Dates[random.Next(Dates.Length)]));
            case 5: return Replace(request, json, random, "text", _ => JsonValue.Create(Texts[random.Next(Texts.Length)]));
            case 6: return Replace(request, json, random, "long-text", _ => JsonValue.Create(new string('长', 100_000)));
            case 7: return Raw(request, "duplicate-key", DuplicateKey(json, random));
            case 8: return Extra(request, json);
            case 9: return Raw(request, "deep", ReplaceRaw(json, random, new string('[', 200) + new string(']', 200)));
            case 10: return Raw(request, "malformed", Malformed(json, random));
            case 11: return new FuzzCase("media-type", json.ToJsonString(), MediaTypes[random.Next(MediaTypes.Length)], request.Path);
            case 12: return new FuzzCase("path-id", json.ToJsonString(), request.MediaType, PathWith(request.Path, random));
            default: return Replace(request, json, random, "array", node => node is JsonArray ? new JsonObject() : new JsonArray(1, 2, 3));
        }
    }

    /// <summary>A body larger than any JSON route takes (8 MB for label batches, less elsewhere): 413 before it is read.</summary>
    public static FuzzCase Oversized(RouteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var padding = new string('x', 9 * 1024 * 1024);
        return request.Json is null
            ? new FuzzCase("oversized", null, request.MediaType, request.Path, Encoding.ASCII.GetBytes(padding))
            : new FuzzCase("oversized", $"{{\"pad\":\"{padding}\"}}", request.MediaType, request.Path);
    }

    private static FuzzCase MutateRaw(RouteRequest request, Random random) => random.Next(4) switch
    {
        0 => new FuzzCase("raw-empty", null, request.MediaType, request.Path, []),
        1 => new FuzzCase("raw-media-type", null, MediaTypes[random.Next(MediaTypes.Length)], request.Path, RandomBytes(random, 256)),
        2 => new FuzzCase("path-id", null, request.MediaType, PathWith(request.Path, random), request.Raw),
        _ => new FuzzCase("raw-bytes", null, request.MediaType, request.Path, RandomBytes(random, 64 * 1024)),
    };

    private static byte[] RandomBytes(Random random, int max)
    {
        var bytes = new byte[random.Next(1, max)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static FuzzCase Raw(RouteRequest request, string mutation, string body) => new(mutation, body, request.MediaType, request.Path);

    private static FuzzCase Replace(RouteRequest request, JsonNode json, Random random, string mutation, Func<JsonNode?, JsonNode?> replacement)
    {
        var (parent, slot, node) = Pick(json, random);
        Set(parent, slot, replacement(node));
        return new FuzzCase($"{mutation}@{Path(parent, slot)}", json.ToJsonString(), request.MediaType, request.Path);
    }

    private static FuzzCase Remove(RouteRequest request, JsonNode json, Random random)
    {
        var (parent, slot, _) = Pick(json, random);
        if (parent is JsonObject o && slot is string name)
        {
            o.Remove(name);
        }
        else if (parent is JsonArray a && slot is int index)
        {
            a.RemoveAt(index);
        }

        return new FuzzCase($"missing@{Path(parent, slot)}", json.ToJsonString(), request.MediaType, request.Path);
    }

    private static FuzzCase Extra(RouteRequest request, JsonNode json)
    {
        if (json is JsonObject o)
        {
            o["unexpectedMember"] = "x";
        }

        return new FuzzCase("extra-member", json.ToJsonString(), request.MediaType, request.Path);
    }

    /// <summary>The JSON text with one picked value replaced by <paramref name="raw"/> (text the node model cannot hold).</summary>
    private static string ReplaceRaw(JsonNode json, Random random, string raw)
    {
        const string Marker = "\u0001FUZZ\u0001";
        var (parent, slot, _) = Pick(json, random);
        Set(parent, slot, JsonValue.Create(Marker));
        return json.ToJsonString().Replace($"\"\\u0001FUZZ\\u0001\"", raw, StringComparison.Ordinal);
    }

    private static string DuplicateKey(JsonNode json, Random random)
    {
        var objects = Walk(json).Select(n => n.Node).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        var target = objects[random.Next(objects.Count)];
        var first = target.First();
        var duplicate = $"\"{first.Key}\":{first.Value?.ToJsonString() ?? "null"},";
        const string Marker = "__fuzz_dup_marker__";
        target[Marker] = 0;
        return json.ToJsonString().Replace($"\"{Marker}\":0", duplicate.TrimEnd(','), StringComparison.Ordinal);
    }

    private static string Malformed(JsonNode json, Random random)
    {
        if (random.Next(2) == 0)
        {
            return MalformedBodies[random.Next(MalformedBodies.Length)];
        }

        var text = json.ToJsonString();
        return text[..random.Next(1, text.Length)];
    }

    private static string PathWith(string path, Random random)
    {
        var segments = path.Split('?')[0].Split('/');
        var ids = Enumerable.Range(0, segments.Length).Where(i => i > 3 && segments[i].Length > 0 && !segments[i].All(char.IsAsciiLetterLower)).ToList();
        if (ids.Count > 0)
        {
            segments[ids[random.Next(ids.Count)]] = PathIds[random.Next(PathIds.Length)];
        }

        return string.Join('/', segments);
    }

    private static (JsonNode Parent, object Slot, JsonNode? Node) Pick(JsonNode root, Random random)
    {
        var slots = Walk(root).Where(n => n.Parent is not null).ToList();
        var chosen = slots[random.Next(slots.Count)];
        return (chosen.Parent!, chosen.Slot!, chosen.Node);
    }

    private static IEnumerable<(JsonNode? Parent, object? Slot, JsonNode? Node)> Walk(JsonNode? node, JsonNode? parent = null, object? slot = null)
    {
        yield return (parent, slot, node);
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o.ToList())
            {
                foreach (var child in Walk(value, o, key))
                {
                    yield return child;
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                foreach (var child in Walk(a[i], a, i))
                {
                    yield return child;
                }
            }
        }
    }

    private static void Set(JsonNode parent, object slot, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[(string)slot] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)slot] = value;
        }
    }

    private static string Path(JsonNode parent, object slot) => parent.GetPath() + (slot is int i ? $"[{i}]" : $".{slot}");
}
