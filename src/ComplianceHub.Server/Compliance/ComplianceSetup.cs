using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Grains.Compliance;

namespace ComplianceHub.Server.Compliance;

public static class ComplianceSetup
{
    /// <summary>
    /// Binds the rulebook's thresholds from <c>Compliance:Rulebook:*</c> (and <c>Compliance:ReportingGapDays</c>) and input tolerances from
    /// <c>Validation:*</c>, and refuses to start on a threshold that makes no sense (named by its path).
    /// </summary>
    public static IServiceCollection AddComplianceRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ComplianceOptions>()
            .Bind(configuration.GetSection(ComplianceOptions.SectionName))
            .PostConfigure(o =>
            {
                if (o.ReportingGapDays is { } days)
                {
                    o.Rulebook = o.Rulebook with { ReportingGapDays = days };
                }
            })
            .Validate(o => RulebookOptionsValidator.Validate(o.Rulebook).Count == 0 && o.LabelWindowDays is > 0 and <= 400,
                "Compliance:Rulebook has an invalid threshold; see RulebookOptionsValidator")
            .ValidateOnStart();
        services.AddSingleton(configuration.GetSection("Validation").Get<ValidationOptions>() ?? ValidationOptions.Default);
        return services;
    }
}
