namespace ComplianceHub.Domain.Divisions;

/// <summary>GB/T 2260 levels; the numeric value is the count of significant digit pairs.</summary>
public enum DivisionLevel
{
    Nation = 0,
    Province = 1,
    City = 2,
    County = 3,
}
