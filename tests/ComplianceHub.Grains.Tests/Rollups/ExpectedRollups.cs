using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Grains.Tests.Rollups;

/// <summary>
/// Recomputes an enterprise's summary from what the enterprise itself answers (profile, compliance, label series,
/// roster), independently of RollupBuilder, so the roll-ups are checked against the enterprises' own views.
/// </summary>
public static class ExpectedRollups
{
    public const int LabelWindowDays = 30;

    public static async Task<EnterpriseRollup> OfAsync(IGrainFactory grains, string id)
    {
        var grain = grains.GetGrain<IEnterpriseGrain>(id);
        var compliance = await grain.GetCompliance();
        var view = (await grain.GetView())!;
        var now = compliance.EvaluatedAt;
        var today = ChinaTime.DateOf(now);
        var days = await grain.GetLabelSeries(today.AddDays(1 - LabelWindowDays), today);
        var roster = await grain.GetRoster();
        var staff = roster.ActiveAt(now).Where(s => s.HandlesPersonalInfo).ToList();
        var open = compliance.Findings.Where(f => f.IsOpen).ToList();
        return new EnterpriseRollup(
            id,
            view.Profile.Name,
            view.Profile.Kind,
            view.Profile.Division,
            view.Profile.BrandId,
            0,
            compliance.Score.Score,
            compliance.Score.Risk,
            days.Sum(d => d.Printed),
            days.Sum(d => d.SamplesChecked == 0 ? 0 : (long)Math.Round((double)d.Printed * d.CompliantSamples / d.SamplesChecked, MidpointRounding.AwayFromZero)),
            staff.Count,
            staff.Count(s => s.Nda?.IsInForceOn(today) == true),
            0, // the scenario records no trainings
            open.Select(f => f.Finding.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            0, // no rectification orders until the inspections ledger is merged
            [],
            null,
            null);
    }
}
