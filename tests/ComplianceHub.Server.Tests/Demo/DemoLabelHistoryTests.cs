using ComplianceHub.Server.Demo;
using ComplianceHub.Server.Labels;
using Microsoft.Extensions.Hosting.Internal;

namespace ComplianceHub.Server.Tests.Demo;

/// <summary>The demo label history must show every kind of label finding, and replay identically.</summary>
public sealed class DemoLabelHistoryTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly LabelSampleChecker Checker = new(new LabelFingerprintKey(
        new LabelOptions { FingerprintKey = Convert.ToBase64String(new byte[32]) },
        new HostingEnvironment { EnvironmentName = "Development" }));

    private static List<Abstractions.Labels.LabelBatch> History(int serial) =>
        DemoLabelHistory.For("91330782MA2000001X", serial, Today)
            .Select(r => Checker.Check(r, DateOnly.Parse(r.Date!, System.Globalization.CultureInfo.InvariantCulture), "system:test", ""))
            .ToList();

    [Fact]
    public void Each_enterprise_gets_one_batch_a_day_ending_today()
    {
        var batches = History(0);

        Assert.Equal(DemoLabelHistory.Days, batches.Count);
        Assert.Equal(Today, batches[^1].Date);
        Assert.Equal(DemoLabelHistory.Days, batches.Select(b => b.BatchId).Distinct().Count());
        Assert.All(batches, b => Assert.Equal(DemoLabelHistory.SamplesPerBatch, b.SamplesChecked));
    }

    [Fact]
    public void Exemplary_enterprises_print_only_compliant_labels()
    {
        var batches = History(3);

        Assert.All(batches, b => Assert.Equal(b.SamplesChecked, b.CompliantSamples));
        Assert.All(batches, b => Assert.Equal(b.Printed, b.DeclaredMasked));
    }

    [Fact]
    public void The_falsely_declaring_enterprise_shows_false_declarations()
    {
        Assert.Contains(History(1), b => b.IsFalseDeclaration);
        Assert.DoesNotContain(History(0), b => b.IsFalseDeclaration);
    }

    [Fact]
    public void A_poor_enterprise_shows_all_three_violation_codes()
    {
        var batches = History(0);

        Assert.True(batches.Sum(b => b.Violations.NameVisible) > 0);
        Assert.True(batches.Sum(b => b.Violations.PhoneUnderMasked) > 0);
        Assert.True(batches.Sum(b => b.Violations.AddressRoomVisible) > 0);
    }

    [Fact]
    public void Seeding_again_replays_the_same_batches()
    {
        var first = History(2);
        var second = History(2);

        Assert.Equal(first.Select(b => (b.BatchId, b.Printed, b.CompliantSamples)), second.Select(b => (b.BatchId, b.Printed, b.CompliantSamples)));
    }
}
