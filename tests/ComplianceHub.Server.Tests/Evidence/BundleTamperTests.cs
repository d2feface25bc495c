using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceHub.Grains.Evidence.Signing;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>
/// Tamper detection must be 100 %: every doctored bundle below fails `chub evidence verify`'s core with the hub's
/// published key, none passes. Two attackers: one who only edits files (caught by the signed manifest), and an
/// insider who also re-seals the manifest with the hub's key (caught by the chain, the tree and the signed head).
/// </summary>
public sealed class BundleTamperTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_doctored_bundle_fails_and_none_passes()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 21);
        var other = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 21);
        (await admin.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct)).EnsureSuccessStatusCode();
        var kept = await admin.GetStringAsync($"/api/v1/enterprises/{id}/evidence/tree-head", Ct);
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(name: "最后一次改名"));
        var bundle = await EvidenceBundles.FetchAsync(admin, id, new { reason = "tamper test", treeHead = JsonDocument.Parse(kept).RootElement });
        var otherBundle = await EvidenceBundles.FetchAsync(admin, other, new { reason = "tamper test" });
        var key = await EvidenceBundleApiTests.PublishedKeyAsync(hub);
        Assert.Null(EvidenceBundles.Failure(bundle, key));
        Assert.Null(EvidenceBundles.Failure(otherBundle, key));

        using var insider = new Ed25519TreeHeadSigner(HubFactory.EvidenceKey);
        var cases = new List<(string Name, Dictionary<string, byte[]> Files)>();
        cases.AddRange(FileAttacks(bundle));
        cases.AddRange(EntryAttacks(bundle).Select(c => (c.Name + " (resealed)", BundleSeal.Reseal(c.Files, insider))));
        cases.Add(("tree head of another enterprise (resealed)", BundleSeal.Reseal(bundle.With("tree-head.json", otherBundle["tree-head.json"]), insider)));
        cases.Add(("entries and proofs of another enterprise (resealed)", BundleSeal.Reseal(
            bundle.With("entries.jsonl", otherBundle["entries.jsonl"]).With("proofs/inclusion.jsonl", otherBundle["proofs/inclusion.jsonl"]), insider)));
        cases.Add(("all re-signed with a foreign key", ForeignKey(bundle)));

        var passed = cases.Where(c => EvidenceBundles.Failure(c.Files, key) is null).Select(c => c.Name).ToList();
        Assert.True(cases.Count > 150, $"only {cases.Count} cases");
        Assert.Empty(passed);
    }

    /// <summary>Byte flips across every file (first, last and 14 spread between), truncation, deletion and an extra file.</summary>
    private static IEnumerable<(string, Dictionary<string, byte[]>)> FileAttacks(Dictionary<string, byte[]> bundle)
    {
        foreach (var (name, bytes) in bundle)
        {
            foreach (var at in Enumerable.Range(0, 16).Select(i => (int)((long)(bytes.Length - 1) * i / 15)).Distinct())
            {
                var flipped = bytes.ToArray();
                flipped[at] ^= 0x01;
                yield return ($"{name}: byte {at} flipped", bundle.With(name, flipped));
            }

            yield return ($"{name}: truncated", bundle.With(name, bytes[..(bytes.Length / 2)]));
            yield return ($"{name}: deleted", bundle.With(name, null));
            yield return ($"{name}: duplicated under another name", bundle.With(name + ".copy", bytes));
        }
    }

    /// <summary>Changes to what the tree covers: entries deleted, duplicated, reordered, truncated, edited field by field; proofs and heads edited.</summary>
    private static IEnumerable<(string Name, Dictionary<string, byte[]> Files)> EntryAttacks(Dictionary<string, byte[]> bundle)
    {
        var lines = Lines(bundle, "entries.jsonl");
        var proofs = Lines(bundle, "proofs/inclusion.jsonl");
        Dictionary<string, byte[]> Entries(IEnumerable<string> l) => bundle.With("entries.jsonl", Join(l));
        Dictionary<string, byte[]> Proofs(IEnumerable<string> l) => bundle.With("proofs/inclusion.jsonl", Join(l));

        yield return ("first entry deleted", Entries(lines.Skip(1)));
        yield return ("middle entry deleted", Entries(lines.Where((_, i) => i != 10)));
        yield return ("middle entry and its proof deleted", Entries(lines.Where((_, i) => i != 10)).With("proofs/inclusion.jsonl", Join(proofs.Where((_, i) => i != 10))));
        yield return ("last entry deleted", Entries(lines.SkipLast(1)));
        yield return ("last entry and its proof deleted", Entries(lines.SkipLast(1)).With("proofs/inclusion.jsonl", Join(proofs.SkipLast(1))));
        yield return ("entry duplicated", Entries(lines.Take(5).Append(lines[4]).Concat(lines.Skip(5))));
        yield return ("two entries swapped", Entries(lines.Select((l, i) => i == 3 ? lines[4] : i == 4 ? lines[3] : l)));
        yield return ("entries reversed", Entries(Enumerable.Reverse(lines)));
        yield return ("entries truncated mid-line", bundle.With("entries.jsonl", bundle["entries.jsonl"][..(bundle["entries.jsonl"].Length - 20)]));
        yield return ("no entries", Entries([]));
        yield return ("two proofs swapped", Proofs(proofs.Select((l, i) => i == 3 ? proofs[4] : i == 4 ? proofs[3] : l)));
        yield return ("proof truncated", Proofs(proofs.SkipLast(1)));
        yield return ("extra proof", Proofs(proofs.Append(proofs[^1])));

        foreach (var field in new[] { "enterpriseId", "time", "kind", "actor", "payload", "payloadDigest", "prevHash", "hash" })
        {
            foreach (var index in new[] { 0, 10, lines.Count - 1 })
            {
                yield return ($"entry {index + 1} {field} edited", Entries(lines.Select((l, i) => i == index ? Edit(l, field) : l)));
            }
        }

        yield return ("entry seq renumbered", Entries(lines.Select((l, i) => i == 7 ? SetNumber(l, "seq", 70) : l)));
        var path = JsonNode.Parse(proofs[6])!;
        var hashes = path["path"]!.AsArray();
        yield return ("proof path hash edited", Proofs(proofs.Select((l, i) => i == 6 ? SetString(l, "path", 0) : l)));
        yield return ("proof path shortened", Proofs(proofs.Select((l, i) => i == 6 ? DropFirst(l) : l)));
        yield return ($"proof path ({hashes.Count} hashes) of another entry", Proofs(proofs.Select((l, i) => i == 6 ? proofs[7] : l)));
        foreach (var field in new[] { "rootHash", "timestamp", "keyId", "enterpriseId" })
        {
            yield return ($"tree head {field} edited", bundle.With("tree-head.json", Encoding.UTF8.GetBytes(Edit(bundle.Text("tree-head.json"), field))));
        }

        yield return ("tree head size shrunk", bundle.With("tree-head.json", Encoding.UTF8.GetBytes(SetNumber(bundle.Text("tree-head.json"), "treeSize", 20))));
        var consistency = JsonNode.Parse(bundle["proofs/consistency.json"])!;
        consistency["fromTreeHead"]!["rootHash"] = new string('1', 64);
        yield return ("earlier head in the consistency proof edited", bundle.With("proofs/consistency.json", JsonSerializer.SerializeToUtf8Bytes(consistency)));
        var path2 = JsonNode.Parse(bundle["proofs/consistency.json"])!;
        path2["path"]![0] = new string('2', 64);
        yield return ("consistency path edited", bundle.With("proofs/consistency.json", JsonSerializer.SerializeToUtf8Bytes(path2)));
        var report = bundle.Keys.Single(k => k.StartsWith("reports/", StringComparison.Ordinal));
        var pdf = bundle[report].ToArray();
        pdf[pdf.Length / 2] ^= 0x20;
        yield return ("issued report PDF altered", bundle.With(report, pdf));
    }

    /// <summary>The attacker's own key: a new head over a doctored log, the manifest and the key file all theirs.</summary>
    private static Dictionary<string, byte[]> ForeignKey(Dictionary<string, byte[]> bundle)
    {
        using var foreign = new Ed25519TreeHeadSigner(RandomNumberGenerator.GetBytes(32));
        var keyId = Convert.ToHexStringLower(SHA256.HashData(foreign.PublicKey))[..16];
        var head = JsonNode.Parse(bundle["tree-head.json"])!;
        head["keyId"] = keyId;
        var signed = new ComplianceHub.Domain.Evidence.Merkle.TreeHead(
            head["enterpriseId"]!.GetValue<string>(), head["treeSize"]!.GetValue<long>(), head["rootHash"]!.GetValue<string>(),
            DateTimeOffset.Parse(head["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), keyId);
        head["signature"] = Convert.ToBase64String(foreign.Sign(ComplianceHub.Domain.Evidence.Merkle.TreeHeadEncoding.SignatureInput(signed)));
        var key = JsonSerializer.SerializeToUtf8Bytes(new { keyId, algorithm = "ed25519", publicKey = Convert.ToBase64String(foreign.PublicKey) });
        var doctored = bundle.With("tree-head.json", JsonSerializer.SerializeToUtf8Bytes(head)).With("public-key.json", key).With("proofs/consistency.json", null);
        var sealedByForeign = BundleSeal.Reseal(doctored, foreign);
        Assert.Null(EvidenceBundles.Failure(sealedByForeign));
        return sealedByForeign;
    }

    private static List<string> Lines(Dictionary<string, byte[]> files, string name) =>
        [.. files.Text(name).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static byte[] Join(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));

    private static string Edit(string json, string field)
    {
        var node = JsonNode.Parse(json)!;
        var value = node[field]!.GetValue<string>();
        var last = value[^1];
        var changed = char.IsAsciiHexDigit(last) ? (last == '0' ? '1' : '0') : (last == 'x' ? 'y' : 'x');
        node[field] = value[..^1] + changed;
        return node.ToJsonString();
    }

    private static string SetNumber(string json, string field, long value)
    {
        var node = JsonNode.Parse(json)!;
        node[field] = value;
        return node.ToJsonString();
    }

    private static string SetString(string json, string arrayField, int index)
    {
        var node = JsonNode.Parse(json)!;
        node[arrayField]![index] = new string('f', 64);
        return node.ToJsonString();
    }

    private static string DropFirst(string json)
    {
        var node = JsonNode.Parse(json)!;
        node["path"]!.AsArray().RemoveAt(0);
        return node.ToJsonString();
    }
}
