namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>Who may call a route, as the README's API table says; the access-matrix test expands each into its callers' outcomes.</summary>
public enum AccessPolicy
{
    /// <summary>Anyone, with or without a token (report verification, health, the Development token endpoint).</summary>
    Anonymous,

    /// <summary>Admin; regulators and prosecutors governing the enterprise's division; the enterprise itself.</summary>
    ReadEnterprise,

    /// <summary>Admin; regulators and prosecutors governing the division asked for.</summary>
    ReadDivision,

    /// <summary>As <see cref="ReadDivision"/>, but a governed division with none of the brand's outlets is 404, not 403.</summary>
    ReadBrand,

    /// <summary>Admin; regulators governing the division; the enterprise itself (in its own division).</summary>
    Register,

    /// <summary>Admin and the enterprise itself: the enterprise's own data.</summary>
    SubmitData,

    /// <summary>Admin and postal regulators of the enterprise's division (a cyberspace regulator opens only cyberspace inspections).</summary>
    PostalInspector,

    /// <summary>Admin and the inspected enterprise itself: rectification evidence.</summary>
    SubmitRectification,

    /// <summary>Admin; regulators and prosecutors governing the enterprise's division: evidence bundles (not the enterprise itself).</summary>
    ExportEvidence,

    /// <summary>Admin and prosecutors governing the division: the "knew and did not act" timeline (not regulators: it is about them).</summary>
    ProsecuteDivision,
}
