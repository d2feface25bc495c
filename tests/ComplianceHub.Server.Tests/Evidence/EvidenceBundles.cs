extern alias chub;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using ComplianceHub.Server.Tests.Infrastructure;
using BundleVerifier = chub::ComplianceHub.Cli.Evidence.BundleVerifier;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>Bundles as files in memory: fetch one, verify it with the CLI's offline core, and rewrite its files.</summary>
public static class EvidenceBundles
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An enterprise with a handful of entries (registrations and label batches).</summary>
    public static async Task<string> NewEnterpriseAsync(HttpClient admin, int changes = 5, string division = "330782")
    {
        var id = TestEnterprises.NewId(division);
        for (var i = 0; i < changes; i++)
        {
            var response = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division, name: $"中通快递义乌稠城网点{i}"));
            response.EnsureSuccessStatusCode();
        }

        return id;
    }

    public static async Task<Dictionary<string, byte[]>> FetchAsync(HttpClient client, string id, object request)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/evidence/bundles", request, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        return Unzip(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    public static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>Null when the bundle verifies, else the verifier's reason.</summary>
    public static string? Failure(Dictionary<string, byte[]> files, byte[]? trustedKey = null)
    {
        try
        {
            BundleVerifier.Verify(files.Keys.ToList(), name => files.TryGetValue(name, out var b) ? new MemoryStream(b) : null, trustedKey);
            return null;
        }
        catch (Exception e) when (e is BundleVerifier.Invalid or System.Text.Json.JsonException or InvalidOperationException
            or KeyNotFoundException or FormatException or ArgumentException or Org.BouncyCastle.Crypto.CryptoException)
        {
            return e.Message;
        }
    }

    public static string Text(this Dictionary<string, byte[]> files, string name) => Encoding.UTF8.GetString(files[name]);
}
