using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Server.Auth;

namespace ComplianceHub.Server.Inspections;

/// <summary>The outcome of <see cref="InspectionAccess.ReadAsync"/>: the inspection, the division it was opened in and the caller, or the problem.</summary>
public sealed record InspectionRead(Guid Key, InspectionView? View, DivisionCode Division, CallerScope? Caller, IResult? Problem)
{
    public static InspectionRead Fail(IResult problem) => new(Guid.Empty, null, default, null, problem);
}
