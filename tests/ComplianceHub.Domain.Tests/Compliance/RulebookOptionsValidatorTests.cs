using ComplianceHub.Domain.Compliance;

namespace ComplianceHub.Domain.Tests.Compliance;

public sealed class RulebookOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(RulebookOptionsValidator.Validate(RulebookOptions.Default));
    }

    [Fact]
    public void Settings_that_would_silently_switch_a_rule_off_are_named_by_configuration_path()
    {
        var options = RulebookOptions.Default with
        {
            CoverageTarget = 0,
            DepartedAccountGrace = TimeSpan.FromHours(-1),
            Access = RulebookOptions.Default.Access with { BulkThresholdPerHour = -5 },
            Incidents = RulebookOptions.Default.Incidents with { CacDeadline = TimeSpan.Zero },
            Score = ScoreOptions.Default with { HighRiskBelow = 90, MediumRiskBelow = 80 },
        };

        var fields = RulebookOptionsValidator.Validate(options).Select(e => e.Field);

        Assert.Equal(["CoverageTarget", "DepartedAccountGrace", "Access:BulkThresholdPerHour", "Incidents:CacDeadline", "Score:MediumRiskBelow"], fields);
    }

    [Fact]
    public void The_false_declaration_margin_and_the_grading_thresholds_are_checked()
    {
        var options = RulebookOptions.Default with
        {
            FalseDeclarationMinFailingSamples = 0,
            FalseDeclarationMinFailingShare = 1.5,
            Incidents = RulebookOptions.Default.Incidents with { ZhongdaFromRecords = 500, CacDeadlineCentralStateBody = TimeSpan.Zero },
        };

        var fields = RulebookOptionsValidator.Validate(options).Select(e => e.Field);

        Assert.Equal(
            ["FalseDeclarationMinFailingSamples", "FalseDeclarationMinFailingShare", "Incidents:CacDeadlineCentralStateBody", "Incidents:TebieZhongdaFromRecords"],
            fields);
    }
}
