namespace ComplianceHub.Server.Auth;

public sealed record DevToken(string AccessToken, DateTimeOffset ExpiresAt);
