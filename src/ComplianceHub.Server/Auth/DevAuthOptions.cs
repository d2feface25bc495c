namespace ComplianceHub.Server.Auth;

/// <summary>
/// Local development tokens: signed with a symmetric key the hub holds, validated by the same
/// JwtBearer pipeline as Entra ID tokens. Used only when no <c>AzureAd</c> section is configured.
/// </summary>
public sealed class DevAuthOptions
{
    public const string SectionName = "Auth";

    public const string Issuer = "compliancehub-dev";

    public const string Audience = "compliancehub-api";

    /// <summary>Base64 of at least 32 random bytes. Empty in Development means "make one for this run".</summary>
    public string DevSigningKey { get; set; } = "";

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
