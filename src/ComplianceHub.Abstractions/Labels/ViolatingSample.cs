using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Abstractions.Labels;

/// <summary>
/// A sample that failed the masking check, as the hub keeps it: shapes (<c>138****5678</c> →
/// <c>ddd****dddd</c>) and a keyed fingerprint of the original, never the original itself.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.ViolatingSample")]
public sealed record ViolatingSample(
    [property: Id(0)] string SampleId,
    [property: Id(1)] LabelViolations Violations,
    [property: Id(2)] string NameShape,
    [property: Id(3)] string PhoneShape,
    [property: Id(4)] string AddressShape,
    [property: Id(5)] string Fingerprint);
