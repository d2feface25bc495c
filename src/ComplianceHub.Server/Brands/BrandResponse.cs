using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Server.Jurisdictions;

namespace ComplianceHub.Server.Brands;

/// <summary>
/// <c>GET /api/v1/brands/{brandId}</c>: a franchisor over its outlets (L5), as far as the caller may see them.
/// </summary>
/// <param name="Division">The division the figures are limited to (<c>000000</c>: all of them).</param>
public sealed record BrandResponse(
    string BrandId,
    string Division,
    AggregateResponse Totals,
    IReadOnlyList<ChildResponse> ByDivision,
    IReadOnlyList<WorstEntryResponse> Worst,
    DateTimeOffset EvaluatedAt)
{
    public static BrandResponse From(BrandView view, DivisionPrefix scope, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(
            view.BrandId,
            scope.ToString(),
            AggregateResponse.From(view.Summary.Aggregate, now),
            view.ByDivision
                .Select(c => new ChildResponse(c.Code, DivisionNames.Own(DivisionCode.Parse(c.Code)), AggregateResponse.From(c.Aggregate, now)))
                .ToList(),
            view.Summary.Worst.Select(WorstEntryResponse.From).ToList(),
            now);
    }
}
