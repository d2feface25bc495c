namespace ComplianceHub.Reports.Data;

/// <summary>
/// One day of printed waybills: what the enterprise declared masked, what the hub's samples verified,
/// and the violations found by code (NAME_VISIBLE, PHONE_UNDER_MASKED, ADDRESS_ROOM_VISIBLE, ID_NUMBER_PRINTED).
/// </summary>
/// <param name="DeclarationsContradicted">Batches declared all-masked whose samples failed (申报与抽检不符; the findings
/// say which of them reach the margin of a false declaration).</param>
public sealed record LabelDay(
    DateOnly Day,
    long Printed,
    long DeclaredMasked,
    long SamplesChecked,
    long Compliant,
    long NameVisible,
    long PhoneUnderMasked,
    long AddressRoomVisible,
    long DeclarationsContradicted,
    long IdNumberPrinted = 0)
{
    /// <summary>Share of printed waybills the enterprise says were masked, 0–1; null when nothing was printed.</summary>
    public double? DeclaredCoverage => Printed == 0 ? null : (double)DeclaredMasked / Printed;

    /// <summary>Share of checked samples that were compliant, 0–1; null when no sample was checked.</summary>
    public double? VerifiedCoverage => SamplesChecked == 0 ? null : (double)Compliant / SamplesChecked;
}
