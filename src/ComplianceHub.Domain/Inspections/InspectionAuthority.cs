namespace ComplianceHub.Domain.Inspections;

/// <summary>Which regulator inspects: the postal administration or the cyberspace administration (CAC).</summary>
public enum InspectionAuthority
{
    Postal,
    Cyberspace,
}
