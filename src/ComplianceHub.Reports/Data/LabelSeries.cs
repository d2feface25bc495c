namespace ComplianceHub.Reports.Data;

/// <summary>Daily label figures, oldest first (typically the last 90 days), with their totals.</summary>
public sealed record LabelSeries(IReadOnlyList<LabelDay> Days)
{
    public long Printed => Days.Sum(d => d.Printed);

    public long DeclaredMasked => Days.Sum(d => d.DeclaredMasked);

    public long SamplesChecked => Days.Sum(d => d.SamplesChecked);

    public long Compliant => Days.Sum(d => d.Compliant);

    public long NameVisible => Days.Sum(d => d.NameVisible);

    public long PhoneUnderMasked => Days.Sum(d => d.PhoneUnderMasked);

    public long AddressRoomVisible => Days.Sum(d => d.AddressRoomVisible);

    public long IdNumberPrinted => Days.Sum(d => d.IdNumberPrinted);

    public long DeclarationsContradicted => Days.Sum(d => d.DeclarationsContradicted);

    public double? DeclaredCoverage => Printed == 0 ? null : (double)DeclaredMasked / Printed;

    public double? VerifiedCoverage => SamplesChecked == 0 ? null : (double)Compliant / SamplesChecked;
}
