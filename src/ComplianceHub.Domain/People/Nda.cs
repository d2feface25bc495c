namespace ComplianceHub.Domain.People;

/// <summary>A signed confidentiality agreement (保密协议, L3): when it was signed and, if it lapses, when.</summary>
public sealed record Nda(DateOnly SignedOn, DateOnly? ExpiresOn = null)
{
    /// <summary>In force on <paramref name="date"/>: signed by then and not yet expired (the expiry day still counts).</summary>
    public bool IsInForceOn(DateOnly date) => SignedOn <= date && (ExpiresOn is not { } expires || date <= expires);
}
