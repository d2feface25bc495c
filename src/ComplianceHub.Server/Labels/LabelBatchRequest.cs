namespace ComplianceHub.Server.Labels;

/// <summary>Body of <c>POST /api/v1/enterprises/{id}/label-batches</c>.</summary>
/// <param name="BatchId">The enterprise's id for this batch (idempotency key): 1–64 of A–Z a–z 0–9 . _ : -</param>
/// <param name="Date">Print date, <c>yyyy-MM-dd</c> (China time), not in the future.</param>
/// <param name="Printed">Waybills printed in the batch.</param>
/// <param name="Masked">Of those, how many the enterprise declares were privacy (masked) waybills.</param>
/// <param name="Samples">Labels as printed, at most 10,000; checked, then kept only as shapes and fingerprints.</param>
public sealed record LabelBatchRequest(string? BatchId, string? Date, long? Printed, long? Masked, IReadOnlyList<LabelSampleRequest?>? Samples);
