using ComplianceHub.Abstractions.Reports;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Reports.Data;

namespace ComplianceHub.Server.Reports;

/// <summary>Turns a grain's report snapshot into the report model: no personal data goes in, only ids and counts.</summary>
public static class EnterpriseReportMapper
{
    public static EnterpriseReportData ToReportData(EnterpriseReportSnapshot s, RulebookOptions rules)
    {
        var view = s.Enterprise;
        var profile = view.Profile;
        var division = DivisionCode.TryParse(profile.Division, out var code, out _) ? DivisionCatalog.Default.FullName(code) : profile.Division;
        var now = s.Compliance.EvaluatedAt;
        return new EnterpriseReportData(
            new ComplianceHub.Reports.Data.EnterpriseProfile(view.Id, profile.Name, profile.Kind, profile.Division, division, profile.BrandId),
            s.Compliance.Score.Score,
            s.Compliance.Score.Risk,
            s.Compliance.Findings.Select(f => ToFinding(f, profile.Kind, now)).ToList(),
            new LabelSeries(s.LabelDays.Select(d => new LabelDay(
                d.Date, d.Printed, d.DeclaredMasked, d.SamplesChecked, d.CompliantSamples, d.Violations.NameVisible,
                d.Violations.PhoneUnderMasked, d.Violations.AddressRoomVisible, d.FalseDeclarations, d.Violations.IdNumberPrinted)).ToList()),
            StaffFiguresOf(s, rules, now),
            s.Incidents.Select(i => ToIncident(i, rules.Incidents)).ToList(),
            new ScaleFacts(
                profile.IndividualsProcessed ?? 0, profile.ProtectionOfficerFiledOn, profile.LastComplianceAuditOn, profile.CriticalInfrastructure,
                rules.ProtectionOfficerThreshold, rules.ComplianceAuditThreshold, profile.CentralStateBody,
                rules.Incidents.CyberIncidentDeadline(IncidentReportRoutes.Of(profile.CriticalInfrastructure, profile.CentralStateBody)),
                rules.ComplianceAuditIntervalMonths),
            new EvidenceSnapshot(view.EvidenceSeq, view.EvidenceHead),
            now);
    }

    /// <summary>The titles, basis and citations come from the rulebook: the provisions in force when the events happened, binding this kind.</summary>
    private static ReportFinding ToFinding(FindingRecord record, EnterpriseKind kind, DateTimeOffset now)
    {
        var f = record.Finding;
        var rule = ComplianceRules.Find(f.RuleId);
        return new ReportFinding(
            f.RuleId, rule?.TitleZh ?? f.RuleId, rule?.TitleEn ?? f.RuleId, ComplianceRules.LegalBasisOf(f, kind, now), f.Severity, f.Summary, f.Count,
            f.EvidenceSeqs, record.OpenedAt, record.ClearedAt, rule?.Basis ?? RuleBasis.LegalDuty, rule?.BasisNote ?? "",
            ComplianceRules.PenaltiesOf(f, kind, now));
    }

    /// <summary>The counts the findings were judged on (Domain's <see cref="StaffCoverage"/>), never recounted here.</summary>
    private static StaffFigures StaffFiguresOf(EnterpriseReportSnapshot s, RulebookOptions rules, DateTimeOffset now)
    {
        var staff = s.Compliance.Staff ?? StaffCoverage.Of(s.Roster, s.Trainings, now, rules);
        return new StaffFigures(
            staff.Active, staff.HandlingPersonalInfo, staff.WithNdaInForce, staff.TrainedInWindow, staff.DepartedAccountsOpen, staff.InTrainingGrace);
    }

    private static ReportIncident ToIncident(Incident i, IncidentClockOptions options) => new(
        i.IncidentId, i.Kind, i.Grade, i.RecordsAffected, i.DetectedAt, i.ReportedToPostalAt, i.ReportedToCacAt, i.IndividualsNotifiedAt,
        i.ClosedAt is not null ? "已关闭 closed" : i.ContainedAt is not null ? "已控制 contained" : "处置中 open",
        IncidentGrading.FromRecords(i.RecordsAffected, options));
}
