using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Abstractions.Labels;

/// <summary>
/// How many samples broke each clause of GB/T 41833-2022, and how many printed an identity number (a sample may
/// break several). <see cref="IdNumberPrinted"/> came later: state written before it reads as 0.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.LabelViolationCounts")]
public sealed record LabelViolationCounts(
    [property: Id(0)] long NameVisible,
    [property: Id(1)] long PhoneUnderMasked,
    [property: Id(2)] long AddressRoomVisible,
    [property: Id(3)] long IdNumberPrinted = 0)
{
    public static LabelViolationCounts None { get; } = new(0, 0, 0);

    public LabelViolationCounts Add(LabelViolationCounts other) => new(
        NameVisible + other.NameVisible,
        PhoneUnderMasked + other.PhoneUnderMasked,
        AddressRoomVisible + other.AddressRoomVisible,
        IdNumberPrinted + other.IdNumberPrinted);

    public LabelViolationCounts Add(LabelViolations violations) => new(
        NameVisible + ((violations & LabelViolations.NameVisible) != 0 ? 1 : 0),
        PhoneUnderMasked + ((violations & LabelViolations.PhoneUnderMasked) != 0 ? 1 : 0),
        AddressRoomVisible + ((violations & LabelViolations.AddressRoomVisible) != 0 ? 1 : 0),
        IdNumberPrinted + ((violations & LabelViolations.IdNumberPrinted) != 0 ? 1 : 0));
}
