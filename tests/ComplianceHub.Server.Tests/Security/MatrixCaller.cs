namespace ComplianceHub.Server.Tests.Security;

/// <summary>
/// The callers of the access matrix: every role in its own and in another division (or as the enterprise itself and
/// as another), no token, and the four broken tokens (expired, wrong audience, wrong key, <c>alg: none</c>).
/// </summary>
public enum MatrixCaller
{
    Admin,
    PostalOwn,
    PostalOther,
    CyberspaceOwn,
    CyberspaceOther,
    ProsecutorOwn,
    ProsecutorOther,
    EnterpriseSelf,
    EnterpriseOther,
    NoToken,
    Expired,
    WrongAudience,
    WrongKey,
    AlgNone,
}
