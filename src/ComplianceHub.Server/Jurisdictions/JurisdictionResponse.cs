using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Divisions;

namespace ComplianceHub.Server.Jurisdictions;

/// <summary><c>GET /api/v1/jurisdictions/{code}</c>: a division's figures, its children's and its worst enterprises.</summary>
/// <param name="DirectEnterprises">Enterprises registered at this code itself rather than in a child.</param>
public sealed record JurisdictionResponse(
    string Code,
    string Name,
    string FullName,
    string Level,
    AggregateResponse Totals,
    int DirectEnterprises,
    IReadOnlyList<ChildResponse> Children,
    IReadOnlyList<WorstEntryResponse> Worst,
    DateTimeOffset EvaluatedAt)
{
    public static JurisdictionResponse From(DivisionCode code, JurisdictionView view, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(
            code.Value,
            DivisionNames.Own(code),
            DivisionCatalog.Default.FullName(code),
            code.Level.ToString().ToLowerInvariant(),
            AggregateResponse.From(view.Summary.Aggregate, now),
            view.DirectMembers,
            view.Children
                .Where(c => c.Aggregate.Enterprises > 0)
                .Select(c => new ChildResponse(c.Code, DivisionNames.Own(DivisionCode.Parse(c.Code)), AggregateResponse.From(c.Aggregate, now)))
                .ToList(),
            view.Summary.Worst.Select(WorstEntryResponse.From).ToList(),
            now);
    }
}
