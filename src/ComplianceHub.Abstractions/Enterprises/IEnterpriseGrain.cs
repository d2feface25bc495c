using ComplianceHub.Abstractions.Labels;

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

    /// <summary>The daily label figures between two dates, inclusive.</summary>
    [Alias("GetLabelSeries")]
    Task<IReadOnlyList<DailyLabelStats>> GetLabelSeries(DateOnly first, DateOnly last);
}
