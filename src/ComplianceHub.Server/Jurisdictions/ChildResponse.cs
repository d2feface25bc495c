namespace ComplianceHub.Server.Jurisdictions;

/// <summary>A child division (or a division a brand's outlets sit in) and its figures.</summary>
public sealed record ChildResponse(string Code, string Name, AggregateResponse Totals);
