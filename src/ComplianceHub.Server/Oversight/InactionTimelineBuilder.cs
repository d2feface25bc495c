using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Oversight;
using ComplianceHub.Storage.Directory;
using ComplianceHub.Storage.Evidence;

namespace ComplianceHub.Server.Oversight;

/// <summary>
/// Gathers the timeline's inputs (the directory for the division's enterprises, each enterprise's findings and
/// inspections from its grain, its oversight entries from its log) and lets <see cref="InactionTimeline"/> judge.
/// Bounded: at most <see cref="MaxEnterprises"/> enterprises per answer, flagged when cut.
/// </summary>
public sealed class InactionTimelineBuilder(EnterpriseDirectory directory, EvidenceLogStore log, IGrainFactory grains, TimeProvider clock)
{
    public const int MaxEnterprises = 1_000;

    public async Task<InactionTimelineResponse> BuildAsync(DivisionCode division, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var result = new List<EnterpriseInaction>();
        var examined = 0;
        string? cursor = null;
        do
        {
            var page = await directory.ListAsync(DivisionPrefix.FromCode(division).Value, 200, cursor, cancellationToken);
            foreach (var entry in page.Items)
            {
                if (examined == MaxEnterprises) return new(division.Value, now, examined, Truncated: true, Order(result));
                examined++;
                var grain = grains.GetGrain<IEnterpriseGrain>(entry.EnterpriseId);
                var compliance = await grain.GetCompliance();
                var inspections = await grain.GetInspections();
                var events = new List<OversightEvent>();
                await foreach (var e in log.ReadAsync(entry.EnterpriseId, cancellationToken: cancellationToken))
                {
                    if (InactionTimeline.IsOversight(e.Kind)) events.Add(new OversightEvent(e.Time, e.Kind, e.Seq, e.Actor));
                }

                var items = InactionTimeline.Build(compliance.Findings, inspections, events, now);
                if (items.Count > 0) result.Add(new EnterpriseInaction(entry.EnterpriseId, entry.Name, entry.Division, items));
            }

            cursor = page.Cursor;
        }
        while (cursor is not null);

        return new(division.Value, now, examined, Truncated: false, Order(result));
    }

    private static List<EnterpriseInaction> Order(List<EnterpriseInaction> enterprises) =>
        [.. enterprises.OrderByDescending(e => e.Items.Max(i => i.DaysWithoutAction))];
}
