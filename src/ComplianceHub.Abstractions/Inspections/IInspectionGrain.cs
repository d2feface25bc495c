using Orleans.Concurrency;

namespace ComplianceHub.Abstractions.Inspections;

/// <summary>
/// One inspection, keyed by a Guid. Every accepted change is written to the inspection's state and then
/// appended as an evidence entry to the enterprise's log; once closed, every change is refused.
/// </summary>
[Alias("chub.IInspectionGrain")]
public interface IInspectionGrain : IGrainWithGuidKey
{
    /// <summary>Opens the inspection (status planned) with a baseline read of the enterprise. Re-opening with the same facts replays.</summary>
    /// <exception cref="InspectionConflictException">Already opened with other facts, or a follow-up that does not fit its original.</exception>
    [Alias("Open")]
    Task<InspectionView> Open(OpenInspection command);

    /// <summary>The inspection as of now, or null when none was opened under this id.</summary>
    [Alias("GetView"), AlwaysInterleave]
    Task<InspectionView?> GetView();

    [Alias("AnswerChecklist")]
    Task<InspectionView> AnswerChecklist(AnswerChecklist command);

    [Alias("RecordFinding")]
    Task<InspectionView> RecordFinding(RecordInspectorFinding command);

    [Alias("IssueOrder")]
    Task<InspectionView> IssueOrder(IssueOrder command);

    [Alias("SubmitRectification")]
    Task<InspectionView> SubmitRectification(SubmitRectification command);

    /// <exception cref="InspectionConflictException">The named follow-up is not an open follow-up of this inspection.</exception>
    [Alias("VerifyOrder")]
    Task<InspectionView> VerifyOrder(VerifyOrder command);

    /// <summary>Closes and freezes the inspection. Closing a closed inspection replays.</summary>
    [Alias("Close")]
    Task<InspectionView> Close(string actor);
}
