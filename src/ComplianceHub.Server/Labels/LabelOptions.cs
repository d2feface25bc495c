namespace ComplianceHub.Server.Labels;

public sealed class LabelOptions
{
    public const string SectionName = "Labels";

    /// <summary>Samples per batch at most: enough for a day's sampling of a busy outlet, small enough to check in one request.</summary>
    public const int MaxSamplesPerBatch = 10_000;

    /// <summary>
    /// Base64 of the HMAC key (≥ 32 bytes) that fingerprints violating samples. It must stay the same
    /// for the life of the data: a fingerprint proves a later copy identical only under the same key.
    /// Empty outside Production means a key made for this process only.
    /// </summary>
    public string FingerprintKey { get; set; } = "";
}
