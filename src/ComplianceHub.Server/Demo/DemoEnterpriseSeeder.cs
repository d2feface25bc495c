using System.Globalization;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Time;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Server.Http;
using ComplianceHub.Server.Labels;

namespace ComplianceHub.Server.Demo;

/// <summary>
/// Seeds one demo enterprise through its grain, exactly as the API would: profile, people, access logs,
/// incident, then thirty days of label batches. Idempotent: every batch and incident id is fixed.
/// </summary>
public static class DemoEnterpriseSeeder
{
    public const string Actor = "system:demo-seed";

    /// <returns>Whether the enterprise was newly registered, and how many label batches were new.</returns>
    public static async Task<(bool Created, int NewBatches)> SeedAsync(
        IGrainFactory grains, LabelSampleChecker checker, ContentDigests digests, DemoEnterprise demo, int serial, string id, DateTimeOffset now)
    {
        var grain = grains.GetGrain<IEnterpriseGrain>(id);
        var registered = await grain.Register(new RegisterEnterprise(demo.ToProfile(), Actor));

        var story = DemoComplianceHistory.StoryOf(demo, serial);
        await grain.ReplaceRoster(DemoComplianceHistory.Roster(story, now, Actor));
        await grain.RecordTraining(DemoComplianceHistory.Training(story, now, Actor));
        await grain.RecordAccessLogs(DemoComplianceHistory.AccessLogs(story, SnapshotBuilder.OutletCodeOf(id), now, Actor));
        if (DemoComplianceHistory.Incident(story, now, Actor) is { } incident && await grain.GetIncident(incident.Incident.IncidentId) is null)
        {
            await grain.RecordIncident(incident);
        }

        var newBatches = 0;
        foreach (var request in DemoLabelHistory.For(id, serial, ChinaTime.DateOf(now), demo.QuietDays))
        {
            var date = DateOnly.Parse(request.Date!, CultureInfo.InvariantCulture);
            var recorded = await grain.RecordLabelBatch(checker.Check(request, date, Actor, digests.Of(request)));
            newBatches += recorded.Replayed ? 0 : 1;
        }

        return (registered.Created, newBatches);
    }
}
