using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Storage.Evidence;
using ComplianceHub.Storage.Reports;

namespace ComplianceHub.Server.Evidence;

/// <summary>
/// Writes an evidence bundle as a zip straight to a stream: entries and their inclusion proofs are streamed from
/// storage (memory stays flat in the number of entries), every file is hashed as it is written, and the manifest
/// with those hashes is signed last. The layout is specified in docs/evidence-format.md.
/// </summary>
public sealed class EvidenceBundleWriter(
    EvidenceLogStore log, EvidenceTreeStore trees, ReportArchive archive, TreeHeadKeys keys, BundleRequestValidator validator,
    EvidenceListRenderer evidenceList, TimeProvider clock)
{
    public Task<BundlePlanResult> PlanAsync(string enterpriseId, SignedTreeHead latest, BundleRequest request, CancellationToken cancellationToken) =>
        validator.PlanAsync(enterpriseId, latest, request, cancellationToken);

    public async Task WriteAsync(BundlePlan plan, SignedTreeHead head, string actor, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(head);
        var to = plan.To(head);
        var files = new List<BundleFile>();
        var listing = new EvidenceListing(plan, head, to);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            await AddAsync(zip, files, "entries.jsonl", async s =>
            {
                using var w = new Utf8JsonWriter(s, BundleJson.Writer);
                await foreach (var entry in log.ReadAsync(plan.EnterpriseId, plan.From, cancellationToken))
                {
                    if (entry.Seq > to) break;
                    BundleJson.WriteEntry(w, entry);
                    w.Flush();
                    w.Reset();
                    s.WriteByte((byte)'\n');
                    listing.Add(entry);
                }
            });

            var prover = new EvidenceProver(trees, plan.EnterpriseId);
            await AddAsync(zip, files, "proofs/inclusion.jsonl", async s =>
            {
                using var w = new Utf8JsonWriter(s, BundleJson.Writer);
                for (var seq = plan.From; seq <= to; seq++)
                {
                    BundleJson.WriteProof(w, seq, head.Head.TreeSize, await prover.InclusionAsync(seq - 1, head.Head.TreeSize, cancellationToken));
                    w.Flush();
                    w.Reset();
                    s.WriteByte((byte)'\n');
                }
            });

            await AddJsonAsync(zip, files, "tree-head.json", TreeHeadJson.Of(head));
            if (plan.OldHead is { } old)
            {
                var path = await prover.ConsistencyAsync(old.Head.TreeSize, head.Head.TreeSize, cancellationToken);
                await AddJsonAsync(zip, files, "proofs/consistency.json", new { fromTreeHead = TreeHeadJson.Of(old), path = path.Select(Convert.ToHexStringLower) });
            }

            var key = keys.Find(head.Head.KeyId) ?? throw new InvalidOperationException($"Tree head key {head.Head.KeyId} is not configured.");
            await AddJsonAsync(zip, files, "public-key.json", key);
            foreach (var report in listing.Reports)
            {
                if (await archive.ReadPdfAsync(report.ReportId, cancellationToken) is not { } pdf) continue;
                await AddAsync(zip, files, $"reports/{report.ReportId}.pdf", s =>
                {
                    s.Write(pdf.ToMemory().Span);
                    return Task.CompletedTask;
                });
            }

            var createdAt = clock.GetUtcNow();
            var pdfBytes = evidenceList.Render(listing, files, key, createdAt, actor);
            await AddAsync(zip, files, EvidenceListing.FileName, s =>
            {
                s.Write(pdfBytes);
                return Task.CompletedTask;
            });

            var manifest = new BundleManifest(
                BundleManifest.FormatName, plan.EnterpriseId, plan.From, to, head.Head.TreeSize, EvidenceHasher.FormatTime(createdAt), actor,
                plan.CaseNumber, plan.Reason, files);
            var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, BundleJson.Options);
            Write(zip, "manifest.json", manifestBytes);
            var signature = new { keyId = keys.KeyId, algorithm = keys.Signer.Algorithm, signature = Convert.ToBase64String(keys.Signer.Sign(manifestBytes)) };
            Write(zip, "manifest.sig", JsonSerializer.SerializeToUtf8Bytes(signature, BundleJson.Options));
        }

        await output.FlushAsync(cancellationToken);
    }

    private static async Task AddAsync(ZipArchive zip, List<BundleFile> files, string name, Func<Stream, Task> write)
    {
        using var hashing = new HashingStream(zip.CreateEntry(name, CompressionLevel.Fastest).Open());
        await write(hashing);
        files.Add(new BundleFile(name, hashing.Sha256(), hashing.Length));
    }

    private static Task AddJsonAsync<T>(ZipArchive zip, List<BundleFile> files, string name, T value) =>
        AddAsync(zip, files, name, s =>
        {
            s.Write(JsonSerializer.SerializeToUtf8Bytes(value, BundleJson.Options));
            return Task.CompletedTask;
        });

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(bytes);
    }
}
