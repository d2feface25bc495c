namespace ComplianceHub.Domain.Labels;

/// <summary>
/// The obligations a printed waybill party can break: the GB/T 41833-2022 masking rules, and printing no
/// identity number.
/// Flag values follow the rule order, so ascending bits give the reporting order.
/// </summary>
[Flags]
#pragma warning disable CA1028 // byte keeps a verdict one byte wide in batch state and on the wire.
public enum LabelViolations : byte
#pragma warning restore CA1028
{
    None = 0,
    NameVisible = 1,
    PhoneUnderMasked = 2,
    AddressRoomVisible = 4,
    IdNumberPrinted = 8,
}
