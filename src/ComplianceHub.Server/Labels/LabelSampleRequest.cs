namespace ComplianceHub.Server.Labels;

/// <summary>One printed party of a label, exactly as it appears on the waybill.</summary>
/// <param name="Party"><c>person</c> (the default) or <c>organization</c>: a declared organisation's name and service number
/// are not checked, unless the name has no organisation word.</param>
public sealed record LabelSampleRequest(string? Id, string? Name, string? Phone, string? Address, string? Party = null);
