using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Reports.Data;

/// <summary>Who the report is about: identity, kind, where it sits and which brand it franchises from.</summary>
/// <param name="EnterpriseId">USCC plus optional outlet code, e.g. <c>91330782MA2XXXXXX1/YW001</c>.</param>
/// <param name="DivisionCode">GB/T 2260 six-digit code, e.g. 330782.</param>
/// <param name="DivisionName">Full name, e.g. 浙江省金华市义乌市.</param>
/// <param name="Brand">Franchisor (zto, yto…) for franchised outlets; null otherwise.</param>
public sealed record EnterpriseProfile(
    string EnterpriseId,
    string Name,
    EnterpriseKind Kind,
    string DivisionCode,
    string DivisionName,
    string? Brand)
{
    public string KindWireName => EnterpriseKinds.ToWireName(Kind);

    public string KindChineseName => EnterpriseKinds.ChineseName(Kind);
}
