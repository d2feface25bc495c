namespace ComplianceHub.Domain.Enterprises;

/// <summary>The kinds of enterprise the hub watches; their controls differ (see DOMAIN.md).</summary>
public enum EnterpriseKind
{
    /// <summary>快递网点, including franchised outlets (加盟网点).</summary>
    CourierOutlet,

    /// <summary>电商云仓: prints waybills for merchants.</summary>
    CloudWarehouse,

    /// <summary>电商平台.</summary>
    Platform,

    /// <summary>末端驿站: last-mile pickup station.</summary>
    TerminalStation,
}
