using System.Security.Cryptography;

namespace ComplianceHub.Server.Labels;

/// <summary>The server key of the sample fingerprints (HMAC-SHA256), loaded once.</summary>
public sealed class LabelFingerprintKey
{
    public LabelFingerprintKey(LabelOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.FingerprintKey))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "生产环境必须配置 Labels:FingerprintKey。Production requires Labels:FingerprintKey (base64, ≥ 32 bytes).");
            }

            Key = RandomNumberGenerator.GetBytes(32);
            return;
        }

        Key = Convert.FromBase64String(options.FingerprintKey);
        if (Key.Length < 32)
        {
            throw new InvalidOperationException("Labels:FingerprintKey must be base64 of at least 32 bytes.");
        }
    }

    public byte[] Key { get; }
}
