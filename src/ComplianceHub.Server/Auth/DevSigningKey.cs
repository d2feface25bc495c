using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceHub.Server.Auth;

/// <summary>The one key both the dev token endpoint and the JwtBearer validator use.</summary>
public sealed class DevSigningKey
{
    public DevSigningKey(DevAuthOptions options)
    {
        var bytes = string.IsNullOrWhiteSpace(options.DevSigningKey)
            ? RandomNumberGenerator.GetBytes(32)
            : Convert.FromBase64String(options.DevSigningKey);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Auth:DevSigningKey must be base64 of at least 32 bytes.");
        }

        Key = new SymmetricSecurityKey(bytes) { KeyId = "chub-dev" };
    }

    public SymmetricSecurityKey Key { get; }
}
