using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

using Memo = (long At, byte[] L, byte[] R, byte[] H)[];

namespace ComplianceHub.Cli.Evidence;

/// <summary>
/// The offline check of an evidence bundle, written from docs/evidence-format.md alone: no hub code, no I/O (files
/// come through <c>open</c>), only the crypto libraries. Stops at the first failure, named in Chinese and English.
/// </summary>
internal static class BundleVerifier
{
    private static readonly UTF8Encoding Utf8 = new(false, true);
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public sealed class Invalid(string message) : Exception(message);

    public sealed record Result(long Entries, long From, long To, long TreeSize, string KeyFingerprint, bool Timestamped, bool Consistency);

    /// <summary>Verifies the bundle whose files are <paramref name="names"/>; <paramref name="trustedKey"/> is a public-key.json the examiner holds.</summary>
    public static Result Verify(IReadOnlyCollection<string> names, Func<string, Stream?> open, byte[]? trustedKey)
    {
        var manifestBytes = ReadAll(open, "manifest.json");
        using var manifest = Parse(manifestBytes, "manifest.json");
        var m = manifest.RootElement;
        Check(Str(m, "format") == "chub-evidence-bundle-v1", "清单格式不符", "manifest format is not chub-evidence-bundle-v1");
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in m.GetProperty("files").EnumerateArray()) Check(listed.TryAdd(Str(f, "path"), Str(f, "sha256")), "清单重复列出文件", "manifest lists a file twice");
        foreach (var name in names.Where(n => n is not ("manifest.json" or "manifest.sig"))) Check(listed.ContainsKey(name), "包内有清单未列的文件", "file not in the manifest: " + name);
        foreach (var (path, sha) in listed) Check(names.Contains(path) && FileSha(open, path) == sha, "文件缺失或 SHA-256 与清单不符", "file missing or its SHA-256 differs from the manifest: " + path);

        using var keyDoc = Parse(trustedKey ?? ReadAll(open, "public-key.json"), "public-key.json");
        var algorithm = Str(keyDoc.RootElement, "algorithm");
        var publicKey = B64(Str(keyDoc.RootElement, "publicKey"), "publicKey");
        var keyId = Convert.ToHexStringLower(SHA256.HashData(publicKey))[..16];
        using var sig = Parse(ReadAll(open, "manifest.sig"), "manifest.sig");
        Check(Str(sig.RootElement, "keyId") == keyId && Str(sig.RootElement, "algorithm") == algorithm, "清单签名密钥与公钥不符", "manifest.sig names another key");
        Check(SignatureValid(algorithm, publicKey, manifestBytes, B64(Str(sig.RootElement, "signature"), "signature")), "清单签名无效", "manifest signature does not verify");

        using var headDoc = Parse(ReadAll(open, "tree-head.json"), "tree-head.json");
        var head = headDoc.RootElement;
        var enterprise = Str(head, "enterpriseId");
        var treeSize = head.GetProperty("treeSize").GetInt64();
        var root = Hex(Str(head, "rootHash"));
        Check(Str(head, "keyId") == keyId && Str(head, "algorithm") == algorithm, "树头签名密钥与公钥不符", "tree head names another key");
        var headSignature = B64(Str(head, "signature"), "signature");
        Check(SignatureValid(algorithm, publicKey, HeadInput(head), headSignature), "树头签名无效", "tree head signature does not verify");
        var from = m.GetProperty("from").GetInt64();
        var to = m.GetProperty("to").GetInt64();
        Check(Str(m, "enterpriseId") == enterprise && m.GetProperty("treeSize").GetInt64() == treeSize, "清单与树头不符", "manifest and tree head disagree");
        Check(from >= 1 && from <= to && to <= treeSize, "条目范围无效", "entry range is not within the tree");

        var reports = new Dictionary<string, string>(StringComparer.Ordinal);
        using var entries = new StreamReader(open("entries.jsonl") ?? throw Fail("缺少 entries.jsonl", "entries.jsonl missing"), Utf8);
        using var proofs = new StreamReader(open("proofs/inclusion.jsonl") ?? throw Fail("缺少包含证明", "proofs/inclusion.jsonl missing"), Utf8);
        var seq = from;
        string? prevHash = null;
        var memo = new (long At, byte[] L, byte[] R, byte[] H)[64];
        for (var line = entries.ReadLine(); line is not null; line = entries.ReadLine(), seq++)
        {
            using var e = Parse(Utf8.GetBytes(line), "entries.jsonl", seq);
            var x = e.RootElement;
            string kind = Str(x, "kind"), payload = Str(x, "payload"), digest = Str(x, "payloadDigest"), prev = Str(x, "prevHash");
            Check(Str(x, "enterpriseId") == enterprise, "条目属于其他企业", "entry of another enterprise", seq);
            Check(x.GetProperty("seq").GetInt64() == seq, "条目序号不连续", "entry sequence broken", seq);
            Check(Sha(Utf8.GetBytes(payload)) == digest, "载荷摘要不符", "payload digest does not match", seq);
            var hash = Sha(Framed("chub-evidence-v1", enterprise, seq.ToString(System.Globalization.CultureInfo.InvariantCulture), Str(x, "time"), kind, Str(x, "actor"), digest, prev));
            Check(hash == Str(x, "hash"), "条目哈希重算不符", "entry hash does not recompute", seq);
            Check(prev == (seq == 1 ? new string('0', 64) : prevHash ?? prev), "链条断裂", "prevHash does not link to the previous entry", seq);
            prevHash = hash;
            using var report = kind == "report.issued" ? Parse(Utf8.GetBytes(payload), "payload", seq) : null;
            if (report is not null) reports[Str(report.RootElement, "reportId")] = Str(report.RootElement, "sha256");

            using var p = Parse(Utf8.GetBytes(proofs.ReadLine() ?? throw Fail("包含证明缺失", "inclusion proof missing" + At(seq))), "inclusion proof", seq);
            var pr = p.RootElement;
            Check(pr.GetProperty("seq").GetInt64() == seq && pr.GetProperty("leafIndex").GetInt64() == seq - 1 && pr.GetProperty("treeSize").GetInt64() == treeSize, "包含证明与条目不对应", "inclusion proof does not match the entry", seq);
            var path = pr.GetProperty("path").EnumerateArray().Select(h => Hex(h.GetString()!)).ToList();
            Check(Inclusion(seq - 1, treeSize, SHA256.HashData([0x00, .. Hex(hash)]), path, root, memo), "包含证明不成立", "inclusion proof fails against the signed root", seq);
        }

        Check(seq - 1 == to, "条目数量与清单不符（缺失或多出）", $"entries end at {seq - 1}, the manifest says {to}");
        Check(proofs.ReadLine() is null, "包含证明多于条目", "more inclusion proofs than entries");
        foreach (var pdf in listed.Keys.Where(k => k.StartsWith("reports/", StringComparison.Ordinal)))
            Check(reports.TryGetValue(pdf[8..^4], out var sha) && sha == listed[pdf], "报告与签发记录不符", "report is not the one the log records: " + pdf);

        var consistent = names.Contains("proofs/consistency.json");
        if (consistent)
        {
            using var c = Parse(ReadAll(open, "proofs/consistency.json"), "consistency.json");
            var old = c.RootElement.GetProperty("fromTreeHead");
            Check(Str(old, "enterpriseId") == enterprise && Str(old, "keyId") == keyId, "旧树头属于其他企业或密钥", "the earlier tree head is of another enterprise or key");
            Check(SignatureValid(algorithm, publicKey, HeadInput(old), B64(Str(old, "signature"), "signature")), "旧树头签名无效", "the earlier tree head's signature does not verify");
            var path = c.RootElement.GetProperty("path").EnumerateArray().Select(h => Hex(h.GetString()!)).ToList();
            Check(Consistency(old.GetProperty("treeSize").GetInt64(), treeSize, Hex(Str(old, "rootHash")), root, path), "一致性证明不成立", "consistency proof fails: the log did not only grow");
        }

        var stamped = head.TryGetProperty("timestampToken", out var t) && t.ValueKind == JsonValueKind.String;
        Check(!stamped || (Rfc3161TimestampToken.TryDecode(B64(t.GetString()!, "timestampToken"), out var token, out _) && token!.VerifySignatureForData(headSignature, out _)),
            "可信时间戳无效", "the RFC 3161 timestamp token does not verify over the tree head signature");

        return new Result(to - from + 1, from, to, treeSize, Sha(publicKey), stamped, consistent);
    }

    // RFC 9162 §2.1.3.2/§2.1.4.2 share this loop: fr follows the old root, sr the new one (or the leaf's path). A memo
    // (inclusion: no fr; a slot a level) reuses a hash where consecutive entries' paths meet: ~2 hashes an entry, not log2 n.
    private static (long Sn, byte[] Fr, byte[] Sr) Fold(long fn, long sn, byte[] start, IEnumerable<byte[]> path, Memo? memo = null)
    {
        byte[] fr = start, sr = start;
        var level = 0;
        foreach (var c in path)
        {
            if (sn == 0) return (-1, fr, sr);
            if ((fn & 1) == 1 || fn == sn)
            {
                (fr, sr) = (memo is null ? Node(c, fr) : fr, Node(c, sr, memo, level, fn));
                while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; level++; }
            }
            else sr = Node(sr, c, memo, level, fn);
            fn >>= 1;
            sn >>= 1;
            level++;
        }

        return (sn, fr, sr);
    }

    private static bool Inclusion(long m, long n, byte[] leaf, List<byte[]> path, byte[] root, Memo memo) =>
        m < n && Fold(m, n - 1, leaf, path, memo) is (0, _, var r) && r.AsSpan().SequenceEqual(root);

    private static bool Consistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> path)
    {
        if (first < 1 || first > second || (first < second && path.Count == 0)) return false;
        if (first == second) return path.Count == 0 && firstRoot.SequenceEqual(secondRoot);
        if ((first & (first - 1)) == 0) path.Insert(0, firstRoot);
        long fn = first - 1, sn = second - 1;
        while ((fn & 1) == 1) { fn >>= 1; sn >>= 1; }
        return Fold(fn, sn, path[0], path.Skip(1)) is (0, var fr, var sr) && fr.SequenceEqual(firstRoot) && sr.SequenceEqual(secondRoot);
    }

    private static bool SignatureValid(string algorithm, byte[] key, byte[] message, byte[] signature)
    {
        if (algorithm == "ed25519") return PublicKey.TryImport(SignatureAlgorithm.Ed25519, key, KeyBlobFormat.RawPublicKey, out var k) && SignatureAlgorithm.Ed25519.Verify(k!, message, signature);
        Check(algorithm == "sm2-sm3", "未知签名算法", "unknown signature algorithm " + algorithm);
        var curve = new ECDomainParameters(GMNamedCurves.GetByName("sm2p256v1"));
        var sm2 = new SM2Signer();
        sm2.Init(false, new ECPublicKeyParameters(curve.Curve.DecodePoint(key), curve));
        sm2.BlockUpdate(message, 0, message.Length);
        return sm2.VerifySignature(signature);
    }

    private static byte[] HeadInput(JsonElement h) => Framed("chub-sth-v1", Str(h, "enterpriseId"),
        h.GetProperty("treeSize").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), Str(h, "rootHash"), Str(h, "timestamp"), Str(h, "keyId"));

    // Each field: its UTF-8 length as 4 bytes big-endian, then the bytes (docs/evidence-format.md §1).
    private static byte[] Framed(params string[] fields)
    {
        var framed = new ArrayBufferWriter<byte>(512);
        foreach (var f in fields.Select(Utf8.GetBytes)) { BinaryPrimitives.WriteInt32BigEndian(framed.GetSpan(4), f.Length); framed.Advance(4); framed.Write(f); }
        return framed.WrittenSpan.ToArray();
    }

    private static byte[] Node(byte[] l, byte[] r, Memo? memo = null, int level = 0, long at = 0)
    {
        if (memo?[level] is { } m && m.At == at && m.L.AsSpan().SequenceEqual(l) && m.R.AsSpan().SequenceEqual(r)) return m.H;
        var h = SHA256.HashData([0x01, .. l, .. r]);
        if (memo is not null) memo[level] = (at, l, r, h);
        return h;
    }

    private static string Sha(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));

    private static string FileSha(Func<string, Stream?> open, string path) { using var s = open(path)!; return Convert.ToHexStringLower(SHA256.HashData(s)); }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Fail("缺少字段", "missing field " + name);

    private static byte[] Hex(string s) => s.Length == 64 && !s.AsSpan().ContainsAnyExcept(LowerHex) ? Convert.FromHexString(s) : throw Fail("哈希格式错误", "not a 64-hex-digit hash");

    private static byte[] B64(string s, string field) { try { return Convert.FromBase64String(s); } catch (FormatException) { throw Fail("格式错误", "not base64: " + field); } }

    private static byte[] ReadAll(Func<string, Stream?> open, string name) { using var s = open(name) ?? throw Fail("缺少文件", "file missing: " + name); using var copy = new MemoryStream(); s.CopyTo(copy); return copy.ToArray(); }

    private static JsonDocument Parse(byte[] json, string what, long? seq = null) { try { return JsonDocument.Parse(json); } catch (JsonException) { throw Fail("格式错误", "unreadable JSON in " + what + At(seq)); } }

    // An entry's place is formatted only when its check fails: the loop runs for every entry of large bundles.
    private static void Check(bool ok, string zh, string en, long? seq = null) => _ = ok ? 0 : throw Fail(zh, en + At(seq));

    private static string At(long? seq) => seq is null ? "" : $" (seq {seq})";

    private static Invalid Fail(string zh, string en) => new($"{zh} ({en})");
}
