namespace ComplianceHub.Server.Auth;

/// <summary>The claims scope decisions read. Kept unmapped (MapInboundClaims = false) so names stay as issued.</summary>
public static class ClaimNames
{
    public const string Roles = "roles";

    /// <summary>The GB/T 2260 prefix a regulator or prosecutor governs: 2, 4 or 6 digits, or 000000 for the nation.</summary>
    public const string Division = "division";

    /// <summary>The enterprise id an enterprise account speaks for (a bare credit code also covers its outlets).</summary>
    public const string Enterprise = "enterprise";

    public const string Subject = "sub";

    public const string Name = "name";
}
