namespace ComplianceHub.Grains.Labels;

/// <summary>
/// The evidence payload of a label batch: the figures, plus the SHA-256 of the violating-sample
/// archive so the archived shapes and fingerprints are bound into the chain too. <c>FalseDeclaration</c> means
/// the declaration was contradicted by a sample (the rulebook calls it 虚报 only beyond its margin).
/// </summary>
public sealed record LabelBatchPayload(
    string BatchId,
    string Date,
    long Printed,
    long DeclaredMasked,
    int SamplesChecked,
    int CompliantSamples,
    long NameVisible,
    long PhoneUnderMasked,
    long AddressRoomVisible,
    bool FalseDeclaration,
    string? ViolatingSamplesDigest,
    long IdNumberPrinted = 0);
