using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using ComplianceHub.Grains.Evidence.Signing;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>
/// docs/evidence-format.md is precise enough to verify bundles without our code: verify_bundle.py, written from the
/// document alone with Python's standard library, accepts the hub's bundles and rejects doctored ones exactly when
/// `chub evidence verify`'s core does.
/// </summary>
public sealed class IndependentVerifierTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_Python_verifier_written_from_the_spec_agrees_with_chub_on_good_and_doctored_bundles()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 13);
        (await admin.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct)).EnsureSuccessStatusCode();
        var kept = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/enterprises/{id}/evidence/tree-head", Ct)).RootElement;
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(name: "改名以延长日志"));
        var prosecutor = await hub.AsAsync("prosecutor", "33");
        var whole = await EvidenceBundles.FetchAsync(prosecutor, id, new { reason = "规范核验", caseNumber = "浙检公〔2026〕1号", treeHead = kept });
        var range = await EvidenceBundles.FetchAsync(prosecutor, id, new { from = 4, to = 11, reason = "规范核验" });
        var key = await EvidenceBundleApiTests.PublishedKeyAsync(hub);
        using var insider = new Ed25519TreeHeadSigner(HubFactory.EvidenceKey);
        var entries = whole.Text("entries.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var flipped = whole["entries.jsonl"].ToArray();
        flipped[flipped.Length / 3] ^= 0x04;

        var cases = new List<(string Name, Dictionary<string, byte[]> Files)>
        {
            ("whole log", whole),
            ("range 4..11", range),
            ("a byte of entries.jsonl flipped", whole.With("entries.jsonl", flipped)),
            ("the evidence list deleted", whole.With("证据清单.pdf", null)),
            ("an extra file", whole.With("extra.txt", [1, 2, 3])),
            ("a payload edited, resealed", BundleSeal.Reseal(whole.With("entries.jsonl", Lines(entries.Select((l, i) => i == 5 ? l.Replace("稠城", "佛堂", StringComparison.Ordinal) : l))), insider)),
            ("an entry dropped, resealed", BundleSeal.Reseal(whole.With("entries.jsonl", Lines(entries.Where((_, i) => i != 2))), insider)),
            ("the head of the range bundle on the whole bundle, resealed", BundleSeal.Reseal(range.With("tree-head.json", Edited(range, "tree-head.json", "rootHash")), insider)),
            ("the consistency proof edited, resealed", BundleSeal.Reseal(whole.With("proofs/consistency.json", Edited(whole, "proofs/consistency.json", "path")), insider)),
        };

        var directory = Directory.CreateTempSubdirectory("chub-evidence-");
        try
        {
            var keyFile = Path.Combine(directory.FullName, "public-key.json");
            await File.WriteAllBytesAsync(keyFile, key, Ct);
            foreach (var (name, files) in cases)
            {
                var zip = Path.Combine(directory.FullName, "bundle.zip");
                Zip(files, zip);
                var (exit, output) = await RunPythonAsync(zip, keyFile);
                var chub = EvidenceBundles.Failure(files, key);
                Assert.True(exit is 0 or 3, $"{name}: python exited {exit}: {output}");
                Assert.True((exit == 0) == (chub is null), $"{name}: python {exit} ({output.Trim()}), chub {chub ?? "valid"}");
                Assert.Equal(name is "whole log" or "range 4..11", exit == 0);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static byte[] Lines(IEnumerable<string> lines) => System.Text.Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));

    private static byte[] Edited(Dictionary<string, byte[]> files, string name, string field)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(files[name])!;
        node[field] = field == "path" ? new System.Text.Json.Nodes.JsonArray(new string('3', 64)) : new string('3', 64);
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }

    private static void Zip(Dictionary<string, byte[]> files, string path)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in files)
        {
            using var s = zip.CreateEntry(name).Open();
            s.Write(bytes);
        }
    }

    private static async Task<(int Exit, string Output)> RunPythonAsync(string zip, string key)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Evidence", "verify_bundle.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, zip, key }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, output + error);
    }
}
