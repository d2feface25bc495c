namespace ComplianceHub.Domain.Labels;

/// <summary>Who a printed waybill party is, as the sample declares it (<c>"party": "person" | "organization"</c>).</summary>
public enum WaybillParty
{
    /// <summary>A natural person: name and phone are personal information and must be masked. The default.</summary>
    Person,

    /// <summary>
    /// An organisation (a shop, a company): its name and service number (400/95…) are not personal information,
    /// so they are not checked — provided the name reads as an organisation's (see <see cref="OrganisationNames"/>).
    /// </summary>
    Organization,
}
