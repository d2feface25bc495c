using ComplianceHub.Abstractions.Access;
using ComplianceHub.Abstractions.Compliance;
using ComplianceHub.Abstractions.Evidence;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Abstractions.Incidents;
using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Abstractions.People;
using ComplianceHub.Abstractions.Reports;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Domain.People;

namespace ComplianceHub.Abstractions.Enterprises;

/// <summary>
/// One enterprise (courier outlet, cloud warehouse, platform or terminal station), keyed by its
/// canonical <c>EnterpriseId</c> string: the unified social credit code, plus <c>-OUTLET</c> for an outlet.
/// Every accepted change is appended to the enterprise's evidence log before the call returns.
/// </summary>
[Alias("chub.IEnterpriseGrain")]
public interface IEnterpriseGrain : IGrainWithStringKey
{
    /// <summary>Registers the enterprise, or updates its profile. Re-sending the same profile changes nothing.</summary>
    [Alias("Register")]
    Task<RegistrationResult> Register(RegisterEnterprise command);

    /// <summary>The enterprise as registered, or null when it never was.</summary>
    [Alias("GetView")]
    Task<EnterpriseView?> GetView();

    /// <summary>
    /// Records a checked label batch: one state write, one evidence entry. Idempotent by batchId:
    /// a replay returns the first result (flagged <c>Replayed</c>) and counts nothing twice.
    /// </summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    [Alias("RecordLabelBatch")]
    Task<LabelBatchResult> RecordLabelBatch(LabelBatch batch);

    /// <summary>
    /// The first result of a label batch id already taken (flagged <c>Replayed</c>), or null: asked before the
    /// samples are checked, so a replay of 10,000 samples costs one look-up.
    /// </summary>
    /// <exception cref="BatchConflictException">The id was taken by a batch with other content.</exception>
    [Alias("FindLabelBatch")]
    Task<LabelBatchResult?> FindLabelBatch(string batchId, string contentDigest);

    /// <summary>The daily label figures between two dates, inclusive.</summary>
    [Alias("GetLabelSeries")]
    Task<IReadOnlyList<DailyLabelStats>> GetLabelSeries(DateOnly first, DateOnly last);

    /// <summary>Replaces the staff roster; joins, departures and NDA changes go into one evidence entry. Idempotent by batchId.</summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    [Alias("ReplaceRoster")]
    Task<RosterResult> ReplaceRoster(ReplaceRoster command);

    /// <summary>The roster in force (empty before the first upload).</summary>
    [Alias("GetRoster")]
    Task<StaffRoster> GetRoster();

    /// <summary>Records a training session. Idempotent by batchId.</summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    [Alias("RecordTraining")]
    Task<TrainingResult> RecordTraining(RecordTraining command);

    /// <summary>Adds access-log lines to the enterprise's anomaly summary. Idempotent by batchId.</summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    [Alias("RecordAccessLogs")]
    Task<AccessLogResult> RecordAccessLogs(RecordAccessLogs command);

    /// <summary>Records a new incident or an update of a known one; an unchanged incident writes nothing.</summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    /// <exception cref="IncidentConflictException">A new report reused a known incidentId with other facts.</exception>
    /// <exception cref="IncidentNotFoundException">An update named an unknown incidentId.</exception>
    [Alias("RecordIncident")]
    Task<IncidentResult> RecordIncident(RecordIncident command);

    /// <summary>One incident as recorded, or null.</summary>
    [Alias("GetIncident")]
    Task<Incident?> GetIncident(string incidentId);

    /// <summary>Records that a report about the enterprise was issued; returns the evidence seq of that entry.</summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    [Alias("RecordReportIssued")]
    Task<long> RecordReportIssued(RecordReportIssued command);

    /// <summary>A consistent read of everything a report shows, with the last <paramref name="labelDays"/> days of labels.</summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    [Alias("GetReportSnapshot")]
    Task<EnterpriseReportSnapshot> GetReportSnapshot(int labelDays);

    /// <summary>Findings and score, evaluated now against the rulebook.</summary>
    [Alias("GetCompliance")]
    Task<ComplianceView> GetCompliance();

    /// <summary>
    /// Appends an inspection's step to the evidence log and updates the inspection ledger. Idempotent by the
    /// step number: a step already applied (a re-delivery after a crash) appends nothing and returns 0.
    /// </summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    [Alias("RecordInspectionStep")]
    Task<long> RecordInspectionStep(InspectionStep inspectionStep);

    /// <summary>The newest signed head of the enterprise's evidence tree (null before its first entry).</summary>
    [Alias("GetTreeHead")]
    Task<SignedTreeHead?> GetTreeHead();

    /// <summary>
    /// Records a regulator's or prosecutor's read of the evidence as an entry of this log; returns its seq, or 0 when
    /// the same caller's read of the same kind is already recorded today (coalesced).
    /// </summary>
    /// <exception cref="EnterpriseNotRegisteredException">The enterprise was never registered.</exception>
    [Alias("RecordEvidenceRead")]
    Task<long> RecordEvidenceRead(EvidenceRead read);

    /// <summary>The enterprise's inspections and their orders, as of the last step each reported.</summary>
    [Alias("GetInspections")]
    Task<InspectionLedger> GetInspections();
}
