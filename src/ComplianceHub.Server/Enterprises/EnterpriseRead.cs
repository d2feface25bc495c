using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Server.Auth;

namespace ComplianceHub.Server.Enterprises;

/// <summary>The outcome of <see cref="EnterpriseAccess.ReadAsync"/>: the enterprise and caller, or the problem to answer.</summary>
public sealed record EnterpriseRead(EnterpriseId Id, EnterpriseView? Enterprise, CallerScope? Caller, IResult? Problem)
{
    public static EnterpriseRead Ok(EnterpriseId id, EnterpriseView view, CallerScope caller) => new(id, view, caller, null);

    public static EnterpriseRead Fail(IResult problem) => new(default, null, null, problem);
}
