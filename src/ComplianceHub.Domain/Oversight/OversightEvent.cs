namespace ComplianceHub.Domain.Oversight;

/// <summary>An entry of an enterprise's evidence log that shows a regulator looking or acting: its time, kind, seq and who.</summary>
public sealed record OversightEvent(DateTimeOffset Time, string Kind, long Seq, string Actor);
