using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceHub.Domain.Evidence;

namespace ComplianceHub.Server.Evidence;

/// <summary>The JSON of bundle files: compact, UTF-8, CJK unescaped so an examiner reads it as is.</summary>
internal static class BundleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    /// <summary>One line of entries.jsonl; <c>time</c> is the exact text the entry hash covers.</summary>
    public static void WriteEntry(Utf8JsonWriter w, EvidenceEntry e)
    {
        w.WriteStartObject();
        w.WriteString("enterpriseId", e.EnterpriseId);
        w.WriteNumber("seq", e.Seq);
        w.WriteString("time", EvidenceHasher.FormatTime(e.Time));
        w.WriteString("kind", e.Kind);
        w.WriteString("actor", e.Actor);
        w.WriteString("payload", e.Payload);
        w.WriteString("payloadDigest", e.PayloadDigest);
        w.WriteString("prevHash", e.PrevHash);
        w.WriteString("hash", e.Hash);
        w.WriteEndObject();
    }

    public static void WriteProof(Utf8JsonWriter w, long seq, long treeSize, IReadOnlyList<byte[]> path)
    {
        w.WriteStartObject();
        w.WriteNumber("seq", seq);
        w.WriteNumber("leafIndex", seq - 1);
        w.WriteNumber("treeSize", treeSize);
        w.WriteStartArray("path");
        foreach (var p in path) w.WriteStringValue(Convert.ToHexStringLower(p));
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
