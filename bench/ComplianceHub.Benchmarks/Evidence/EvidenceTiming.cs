extern alias chub;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using chub::ComplianceHub.Cli.Evidence;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Domain.Labels;
using ComplianceHub.Grains.Evidence.Signing;

namespace ComplianceHub.Benchmarks.Evidence;

/// <summary>
/// The evidence figures of issue 14, CPU only (storage round trips are measured by bench/ingest.sh): tree upkeep and
/// head signing per accepted batch against checking a batch's samples; inclusion proofs at a million entries from
/// tiles in memory; a bundle of N entries built (entries, one inclusion proof each, zip) and verified by
/// `chub evidence verify`'s core.
/// </summary>
internal static class EvidenceTiming
{
    private const string Enterprise = "91330782MA2000001K-ZTO001";

    public static int Run(string[] args)
    {
        var treeSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var bundleSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
        using var signer = new Ed25519TreeHeadSigner(RandomNumberGenerator.GetBytes(32));

        // 1. Write path: one leaf, the tile nodes it completes, the root, a signed head.
        var tiles = new Dictionary<TileId, byte[]?[]>();
        var leaves = Enumerable.Range(0, treeSize).Select(i => SHA256.HashData(BitConverter.GetBytes(i))).ToArray();
        var frontier = MerkleFrontier.Empty;
        var clock = Stopwatch.StartNew();
        foreach (var leaf in leaves) frontier = frontier.Append(MerkleHash.Leaf(leaf), n => Store(tiles, n));
        var appendMicros = clock.Elapsed.TotalMicroseconds / treeSize;
        const int heads = 20_000;
        clock.Restart();
        for (var i = 0; i < heads; i++)
        {
            var head = new TreeHead(Enterprise, frontier.Size, Convert.ToHexStringLower(frontier.Root()), DateTimeOffset.UtcNow, "0123456789abcdef");
            signer.Sign(TreeHeadEncoding.SignatureInput(head));
        }

        var signMicros = clock.Elapsed.TotalMicroseconds / heads;
        var samples = Enumerable.Range(0, 1_000).Select(i => (Name: "王*", Phone: $"138****{i % 10_000:D4}", Address: "义乌市人民路12号3幢****")).ToArray();
        clock.Restart();
        const int batches = 200;
        for (var b = 0; b < batches; b++)
        {
            foreach (var s in samples) WaybillMaskChecker.Check(s.Name, s.Phone, s.Address);
        }

        var batchMicros = clock.Elapsed.TotalMicroseconds / batches;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"write path: tree upkeep {appendMicros:0.00} µs/append, root + Ed25519 head {signMicros:0.0} µs; checking a 1,000-sample batch {batchMicros:0} µs → tree + head = {(appendMicros + signMicros) / batchMicros:P2} of the batch's CPU"));

        // 2. Inclusion proofs at treeSize, as the prover computes them (dry run, tile lookup, fold).
        var source = new TileNodeSource(tiles.ToDictionary(t => t.Key, t => (IReadOnlyList<byte[]?>)t.Value));
        var random = new Random(14);
        var times = new double[10_000];
        for (var i = 0; i < times.Length; i++)
        {
            var leaf = random.NextInt64(treeSize);
            var start = Stopwatch.GetTimestamp();
            MerkleProofs.Inclusion(leaf, treeSize, new NodeCollector());
            MerkleProofs.Inclusion(leaf, treeSize, source);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"inclusion proof at {treeSize:N0}: p50 {times[times.Length / 2]:0.0} µs, p99 {times[times.Length * 99 / 100]:0.0} µs (tiles in memory; from storage add one parallel read of ≤ 6 rows)"));

        // 3. A bundle of bundleSize entries built, then verified offline.
        clock.Restart();
        var bundle = BuildBundle(bundleSize, signer);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        using var zip = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read);
        clock.Restart();
        var result = BundleVerifier.Verify([.. zip.Entries.Select(e => e.FullName)], name => zip.GetEntry(name)?.Open(), null);
        var verifySeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bundle of {bundleSize:N0} entries: built in {buildSeconds:0.00} s ({bundle.Length / 1024.0 / 1024:0.0} MiB zip), verified offline in {verifySeconds:0.00} s = {result.Entries / verifySeconds:N0} entries/s"));
        return 0;
    }

    private static void Store(Dictionary<TileId, byte[]?[]> tiles, MerkleNode node)
    {
        if (MerkleTiles.Place(node) is not { } place) return;
        if (!tiles.TryGetValue(place.Tile, out var slots)) tiles[place.Tile] = slots = new byte[]?[MerkleTiles.Width];
        slots[place.Slot] = node.Hash;
    }

    /// <summary>The files EvidenceBundleWriter writes, in its format, from a synthetic log held in memory.</summary>
    private static byte[] BuildBundle(int count, Ed25519TreeHeadSigner signer)
    {
        var tiles = new Dictionary<TileId, byte[]?[]>();
        var frontier = MerkleFrontier.Empty;
        var output = new MemoryStream();
        var files = new List<object>();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            EvidenceEntry? previous = null;
            Add(zip, files, "entries.jsonl", s =>
            {
                using var w = new Utf8JsonWriter(s, options);
                for (var i = 0; i < count; i++)
                {
                    previous = EvidenceChain.Next(previous, Enterprise, DateTimeOffset.UnixEpoch.AddSeconds(i), EvidenceKinds.LabelBatchAccepted, "enterprise:bench",
                        $$"""{"batchId":"b-{{i}}","printed":1200,"masked":1200,"samplesChecked":10}""");
                    frontier = frontier.Append(MerkleHash.LeafOfEntry(previous.Hash), n => Store(tiles, n));
                    w.WriteStartObject();
                    w.WriteString("enterpriseId", previous.EnterpriseId);
                    w.WriteNumber("seq", previous.Seq);
                    w.WriteString("time", EvidenceHasher.FormatTime(previous.Time));
                    w.WriteString("kind", previous.Kind);
                    w.WriteString("actor", previous.Actor);
                    w.WriteString("payload", previous.Payload);
                    w.WriteString("payloadDigest", previous.PayloadDigest);
                    w.WriteString("prevHash", previous.PrevHash);
                    w.WriteString("hash", previous.Hash);
                    w.WriteEndObject();
                    w.Flush();
                    w.Reset();
                    s.WriteByte((byte)'\n');
                }
            });

            var source = new MemoNodeSource(new TileNodeSource(tiles.ToDictionary(t => t.Key, t => (IReadOnlyList<byte[]?>)t.Value)));
            Add(zip, files, "proofs/inclusion.jsonl", s =>
            {
                using var w = new Utf8JsonWriter(s, options);
                for (long seq = 1; seq <= count; seq++)
                {
                    w.WriteStartObject();
                    w.WriteNumber("seq", seq);
                    w.WriteNumber("leafIndex", seq - 1);
                    w.WriteNumber("treeSize", count);
                    w.WriteStartArray("path");
                    foreach (var p in MerkleProofs.Inclusion(seq - 1, count, source)) w.WriteStringValue(Convert.ToHexStringLower(p));
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.Flush();
                    w.Reset();
                    s.WriteByte((byte)'\n');
                }
            });

            var keyId = TreeHeadEncoding.KeyIdOf(signer.PublicKey);
            var head = new TreeHead(Enterprise, count, Convert.ToHexStringLower(frontier.Root()), DateTimeOffset.UtcNow, keyId);
            var headJson = new
            {
                enterpriseId = Enterprise, treeSize = count, rootHash = head.RootHash, timestamp = EvidenceHasher.FormatTime(head.Timestamp), keyId,
                algorithm = "ed25519", signature = Convert.ToBase64String(signer.Sign(TreeHeadEncoding.SignatureInput(head))),
            };
            Add(zip, files, "tree-head.json", s => s.Write(JsonSerializer.SerializeToUtf8Bytes(headJson)));
            Add(zip, files, "public-key.json", s => s.Write(JsonSerializer.SerializeToUtf8Bytes(new { keyId, algorithm = "ed25519", publicKey = Convert.ToBase64String(signer.PublicKey) })));
            var manifest = JsonSerializer.SerializeToUtf8Bytes(new
            {
                format = "chub-evidence-bundle-v1", enterpriseId = Enterprise, from = 1, to = count, treeSize = count, createdAt = "", createdBy = "bench", reason = "bench", files,
            });
            using (var m = zip.CreateEntry("manifest.json", CompressionLevel.Fastest).Open()) m.Write(manifest);
            using var sig = zip.CreateEntry("manifest.sig", CompressionLevel.Fastest).Open();
            sig.Write(JsonSerializer.SerializeToUtf8Bytes(new { keyId, algorithm = "ed25519", signature = Convert.ToBase64String(signer.Sign(manifest)) }));
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, List<object> files, string name, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        var bytes = buffer.ToArray();
        using (var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open()) s.Write(bytes);
        files.Add(new { path = name, sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes = bytes.Length });
    }
}
