using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Server.Http;

/// <summary>The one wording of the batch-id rule, shared by every batch endpoint.</summary>
public static class BatchIds
{
    public static readonly string Message =
        $"批次号必填，1–{FieldRules.MaxIdLength} 位字母、数字或 . _ : - (batchId: 1–{FieldRules.MaxIdLength} of letters, digits . _ : -)";
}
