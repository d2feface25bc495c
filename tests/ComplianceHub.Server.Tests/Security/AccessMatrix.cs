using ComplianceHub.Server.Tests.Fuzz;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>
/// The README's API table as data: for each access policy and caller, the outcome. The enterprise under test sits in
/// 330782 (Yiwu, under 3307 Jinhua); "own" callers govern 3307, "other" callers 4201 (Wuhan).
/// </summary>
public static class AccessMatrix
{
    public static MatrixOutcome Expected(AccessPolicy policy, MatrixCaller caller)
    {
        if (policy == AccessPolicy.Anonymous)
        {
            return MatrixOutcome.Allowed;
        }

        if (caller is MatrixCaller.NoToken or MatrixCaller.Expired or MatrixCaller.WrongAudience or MatrixCaller.WrongKey or MatrixCaller.AlgNone)
        {
            return MatrixOutcome.Unauthorized;
        }

        var allowed = policy switch
        {
            AccessPolicy.ReadEnterprise => caller is MatrixCaller.Admin or MatrixCaller.PostalOwn or MatrixCaller.CyberspaceOwn or MatrixCaller.ProsecutorOwn or MatrixCaller.EnterpriseSelf,
            AccessPolicy.ReadDivision or AccessPolicy.ReadBrand => caller is MatrixCaller.Admin or MatrixCaller.PostalOwn or MatrixCaller.CyberspaceOwn or MatrixCaller.ProsecutorOwn,
            AccessPolicy.Register => caller is MatrixCaller.Admin or MatrixCaller.PostalOwn or MatrixCaller.CyberspaceOwn or MatrixCaller.EnterpriseSelf,
            AccessPolicy.SubmitData or AccessPolicy.SubmitRectification => caller is MatrixCaller.Admin or MatrixCaller.EnterpriseSelf,
            AccessPolicy.PostalInspector => caller is MatrixCaller.Admin or MatrixCaller.PostalOwn,
            AccessPolicy.ExportEvidence => caller is MatrixCaller.Admin or MatrixCaller.PostalOwn or MatrixCaller.CyberspaceOwn or MatrixCaller.ProsecutorOwn,
            AccessPolicy.ProsecuteDivision => caller is MatrixCaller.Admin or MatrixCaller.ProsecutorOwn,
            _ => false,
        };
        if (allowed)
        {
            return MatrixOutcome.Allowed;
        }

        // A brand is asked of regulators and prosecutors by their own division: elsewhere it has no outlets to show.
        return policy == AccessPolicy.ReadBrand && caller is MatrixCaller.PostalOther or MatrixCaller.CyberspaceOther or MatrixCaller.ProsecutorOther
            ? MatrixOutcome.NotVisible
            : MatrixOutcome.Forbidden;
    }
}
