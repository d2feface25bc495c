using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceHub.Server.Auth;

/// <summary>Issues development JWTs; it exists only in the Development environment.</summary>
public sealed class DevTokenIssuer(DevSigningKey key, DevAuthOptions options, TimeProvider clock)
{
    public DevToken Issue(string role, string? division, string? enterprise, string subject)
    {
        var now = clock.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            [ClaimNames.Roles] = new[] { role },
            [ClaimNames.Subject] = subject,
            [ClaimNames.Name] = subject,
        };
        if (division is not null)
        {
            claims[ClaimNames.Division] = division;
        }

        if (enterprise is not null)
        {
            claims[ClaimNames.Enterprise] = enterprise;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = DevAuthOptions.Issuer,
            Audience = DevAuthOptions.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + options.DevTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        };
        return new DevToken(new JsonWebTokenHandler().CreateToken(descriptor), now + options.DevTokenLifetime);
    }
}
