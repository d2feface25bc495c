using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceHub.Server.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// Bearer tokens only. With an <c>AzureAd</c> section (ClientId set) tokens come from Entra ID via
    /// Microsoft.Identity.Web; otherwise, outside Production, from the local dev key. Either way the
    /// same JwtBearer handler validates signature, issuer, audience and lifetime: tests exercise it.
    /// </summary>
    public static WebApplicationBuilder AddComplianceHubAuth(this WebApplicationBuilder builder)
    {
        var azureAd = builder.Configuration.GetSection("AzureAd");
        if (!string.IsNullOrEmpty(azureAd["ClientId"]))
        {
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(
                    jwt =>
                    {
                        azureAd.Bind(jwt);
                        jwt.MapInboundClaims = false;
                        jwt.TokenValidationParameters.RoleClaimType = ClaimNames.Roles;
                    },
                    identity => azureAd.Bind(identity));
        }
        else
        {
            if (builder.Environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "生产环境必须配置 AzureAd (Entra ID)。Production requires an AzureAd section with ClientId; dev tokens are refused.");
            }

            AddDevelopmentJwt(builder);
        }

        builder.Services.AddAuthorization();
        return builder;
    }

    private static void AddDevelopmentJwt(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DevAuthOptions.SectionName).Get<DevAuthOptions>() ?? new DevAuthOptions();
        var key = new DevSigningKey(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<DevTokenIssuer>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = DevAuthOptions.Issuer,
                    ValidAudience = DevAuthOptions.Audience,
                    IssuerSigningKey = key.Key,
                    RoleClaimType = ClaimNames.Roles,
                    NameClaimType = ClaimNames.Name,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
    }
}
