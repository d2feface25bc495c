using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceHub.Grains.Evidence.Signing;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>
/// Plays an insider who holds the hub's key and re-seals a doctored bundle: every manifest hash recomputed and the
/// manifest signed again. What the Merkle tree and the signed head cover must still fail.
/// </summary>
public static class BundleSeal
{
    public static Dictionary<string, byte[]> Reseal(Dictionary<string, byte[]> files, ITreeHeadSigner signer)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(signer);
        var copy = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        var manifest = JsonNode.Parse(copy["manifest.json"])!.AsObject();
        var listed = new JsonArray();
        foreach (var (name, bytes) in copy.Where(f => f.Key is not ("manifest.json" or "manifest.sig")).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            listed.Add(new JsonObject { ["path"] = name, ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)), ["bytes"] = bytes.Length });
        }

        manifest["files"] = listed;
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest);
        copy["manifest.json"] = manifestBytes;
        var keyId = Convert.ToHexStringLower(SHA256.HashData(signer.PublicKey))[..16];
        copy["manifest.sig"] = JsonSerializer.SerializeToUtf8Bytes(new
        {
            keyId,
            algorithm = signer.Algorithm,
            signature = Convert.ToBase64String(signer.Sign(manifestBytes)),
        });
        return copy;
    }

    public static Dictionary<string, byte[]> With(this Dictionary<string, byte[]> files, string name, byte[]? bytes)
    {
        var copy = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        if (bytes is null) copy.Remove(name);
        else copy[name] = bytes;
        return copy;
    }
}
