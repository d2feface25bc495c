namespace ComplianceHub.Server.Tests.Security;

/// <summary>What a matrix cell must answer.</summary>
public enum MatrixOutcome
{
    /// <summary>Past authorization: 2xx, or 409 when an earlier allowed caller already changed the target (a closed inspection).</summary>
    Allowed,

    /// <summary>403: authenticated, but not allowed here.</summary>
    Forbidden,

    /// <summary>401: no valid token.</summary>
    Unauthorized,

    /// <summary>404: allowed to ask, but nothing is visible to it (a brand with no outlets in the caller's division).</summary>
    NotVisible,
}
