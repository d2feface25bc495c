namespace ComplianceHub.Server.Auth;

/// <summary>The app roles a token carries in its <c>roles</c> claim (Entra ID app roles use the same claim).</summary>
public static class Roles
{
    public const string PostalRegulator = "regulator.postal";
    public const string CyberspaceRegulator = "regulator.cyberspace";
    public const string Enterprise = "enterprise";
    public const string Prosecutor = "prosecutor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [PostalRegulator, CyberspaceRegulator, Enterprise, Prosecutor, Admin];
}
