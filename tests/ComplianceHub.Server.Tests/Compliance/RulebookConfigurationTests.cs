using ComplianceHub.Domain.Compliance;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Server.Compliance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>Thresholds are configuration: set in Compliance:Rulebook:*, they reach the rules that read them.</summary>
public sealed class RulebookConfigurationTests
{
    private static ComplianceOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddComplianceRules(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ComplianceOptions>>().Value;
    }

    [Fact]
    public void Thresholds_bind_from_configuration_and_defaults_stay_otherwise()
    {
        var options = Bind(new()
        {
            ["Compliance:LabelWindowDays"] = "14",
            ["Compliance:Rulebook:Access:BulkThresholdPerHour"] = "50",
            ["Compliance:Rulebook:DepartedAccountGrace"] = "02:00:00",
            ["Compliance:Rulebook:ProtectionOfficerThreshold"] = "500000",
        });

        Assert.Equal(14, options.LabelWindowDays);
        Assert.Equal(50, options.Rulebook.Access.BulkThresholdPerHour);
        Assert.Equal(TimeSpan.FromHours(2), options.Rulebook.DepartedAccountGrace);
        Assert.Equal(500_000, options.Rulebook.ProtectionOfficerThreshold);
        Assert.Equal(RulebookOptions.Default.TrainingWindowMonths, options.Rulebook.TrainingWindowMonths);
        Assert.Equal(RulebookOptions.Default.Access.NightEnds, options.Rulebook.Access.NightEnds);
    }

    [Fact]
    public void The_reporting_gap_is_set_beside_the_window_and_reaches_the_rulebook()
    {
        Assert.Equal(7, Bind([]).Rulebook.ReportingGapDays);
        Assert.Equal(3, Bind(new() { ["Compliance:ReportingGapDays"] = "3" }).Rulebook.ReportingGapDays);
        Assert.Equal(5, Bind(new() { ["Compliance:Rulebook:ReportingGapDays"] = "5" }).Rulebook.ReportingGapDays);
        Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Compliance:ReportingGapDays"] = "0" }));
    }

    [Fact]
    public void A_senseless_threshold_is_refused_naming_the_section()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Compliance:Rulebook:TrainingWindowMonths"] = "-3" }));

        Assert.Contains("Compliance:Rulebook", error.Message, StringComparison.Ordinal);
    }
}
