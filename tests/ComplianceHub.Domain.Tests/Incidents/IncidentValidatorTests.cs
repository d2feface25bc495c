using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Domain.Tests.Incidents;

public sealed class IncidentValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_complete_incident_passes()
    {
        var incident = new Incident("INC-1", IncidentKind.Leak, IncidentGrade.Jiaoda, Now.AddHours(-5), 100, Now.AddHours(-4), Now.AddHours(-3), Now.AddHours(-2), Now.AddHours(-2), Now.AddHours(-1));

        Assert.Empty(IncidentValidator.Validate(incident, Now));
    }

    [Fact]
    public void Follow_ups_before_detection_or_in_the_future_name_their_field()
    {
        var incident = new Incident("INC 1", (IncidentKind)42, (IncidentGrade)7, Now.AddHours(-5), -1,
            ReportedToPostalAt: Now.AddHours(-6),
            ReportedToCacAt: Now.AddHours(1),
            ContainedAt: Now.AddHours(-2),
            ClosedAt: Now.AddHours(-3));

        var fields = IncidentValidator.Validate(incident, Now).Select(e => e.Field);

        Assert.Equal(["incidentId", "kind", "grade", "recordsAffected", "reportedToPostalAt", "reportedToCacAt", "closedAt"], fields);
    }

    [Fact]
    public void Detection_in_the_future_beyond_the_skew_is_rejected()
    {
        var incident = new Incident("INC-1", IncidentKind.Other, IncidentGrade.Yiban, Now.AddMinutes(10), 0);

        Assert.Equal("detectedAt", Assert.Single(IncidentValidator.Validate(incident, Now)).Field);
    }
}
