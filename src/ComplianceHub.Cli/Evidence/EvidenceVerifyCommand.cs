using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ComplianceHub.Cli.Evidence;

/// <summary>
/// <c>chub evidence verify BUNDLE.zip [--key public-key.json]</c>: checks a bundle offline, without the hub. Exit 0
/// verified; 3 not verified (the first failure named, Chinese and English); 2 the file or key cannot be read.
/// Without <c>--key</c> the bundle's own public key is used and its fingerprint printed, to compare with the one
/// published by the hub or served with the bundle.
/// </summary>
internal static class EvidenceVerifyCommand
{
    public static Command Create(CliStreams streams)
    {
        var bundle = new Argument<string>("BUNDLE") { Description = "证据包 zip the bundle zip" };
        var key = new Option<string?>("--key") { Description = "可信公钥文件 trusted public-key.json (默认用包内公钥 default: the bundle's own)" };
        var command = new Command("verify", "离线核验证据包 verify an evidence bundle offline") { bundle, key };
        command.SetAction((parsed, _) => Task.FromResult(Run(parsed.GetRequiredValue(bundle), parsed.GetValue(key), streams)));
        return command;
    }

    public static int Run(string bundlePath, string? keyPath, CliStreams streams)
    {
        var error = streams.StandardError;
        byte[]? trusted = null;
        ZipArchive zip;
        try
        {
            trusted = keyPath is null ? null : File.ReadAllBytes(keyPath);
            zip = ZipFile.OpenRead(bundlePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"无法读取 cannot read {keyPath ?? bundlePath}: {e.Message}");
            error.Flush();
            return ExitCodes.BadInput;
        }

        using (zip)
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            try
            {
                if (names.Count != names.Distinct(StringComparer.Ordinal).Count())
                {
                    throw new BundleVerifier.Invalid("包内文件重名 (the zip holds two files of one name)");
                }

                var result = BundleVerifier.Verify(names, name => zip.GetEntry(name)?.Open(), trusted);
                var text = string.Create(CultureInfo.InvariantCulture, $"""
                    verified: true
                    entries: {result.Entries} (seq {result.From}..{result.To})
                    treeSize: {result.TreeSize}
                    keyFingerprint: {result.KeyFingerprint}
                    keySource: {(keyPath is null ? "bundle (compare the fingerprint with the published one)" : keyPath)}
                    consistencyProof: {(result.Consistency ? "verified" : "none")}
                    timestamp: {(result.Timestamped ? "verified" : "none")}

                    """);
                streams.StandardOutput.Write(Encoding.UTF8.GetBytes(text));
                streams.StandardOutput.Flush();
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is BundleVerifier.Invalid or InvalidDataException or JsonException or InvalidOperationException
                or KeyNotFoundException or FormatException or ArgumentException or Org.BouncyCastle.Crypto.CryptoException)
            {
                var reason = e is BundleVerifier.Invalid ? e.Message : $"证据包结构损坏 (the bundle is damaged: {e.GetType().Name})";
                streams.StandardOutput.Write(Encoding.UTF8.GetBytes("verified: false\n"));
                streams.StandardOutput.Flush();
                error.WriteLine("核验未通过 NOT VERIFIED: " + reason);
                error.Flush();
                return ExitCodes.NotVerified;
            }
        }
    }
}
