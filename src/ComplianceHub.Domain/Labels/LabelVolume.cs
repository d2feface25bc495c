namespace ComplianceHub.Domain.Labels;

/// <summary>
/// How many waybills one enterprise can print in one day, as a bound on what clients declare. The whole country
/// handled about 175 billion parcels in 2024 (under 500 million a day), so a billion a day from one enterprise is
/// a typing error or an attack, and the bound keeps every daily sum far from overflowing.
/// </summary>
public static class LabelVolume
{
    public const long MaxPrintedPerDay = 1_000_000_000;
}
