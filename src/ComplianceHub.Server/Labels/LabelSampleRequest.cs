namespace ComplianceHub.Server.Labels;

/// <summary>One printed party of a label, exactly as it appears on the waybill.</summary>
public sealed record LabelSampleRequest(string? Id, string? Name, string? Phone, string? Address);
