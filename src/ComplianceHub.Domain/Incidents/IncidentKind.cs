namespace ComplianceHub.Domain.Incidents;

/// <summary>What happened, in the categories the leak cases of DOMAIN.md fall into.</summary>
public enum IncidentKind
{
    Leak,
    Trojan,
    LabelPhotography,
    AccountMisuse,
    LostWaybills,
    Other,
}
