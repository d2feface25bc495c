namespace ComplianceHub.Domain.Access;

/// <summary>What an account did with waybill data, as the enterprise's system logged it.</summary>
public enum AccessAction
{
    Query,
    Print,
    Export,
}
