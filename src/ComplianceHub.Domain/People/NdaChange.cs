namespace ComplianceHub.Domain.People;

/// <summary>A staff member's confidentiality agreement as it was and as it now is (either may be absent).</summary>
public sealed record NdaChange(string StaffId, Nda? Before, Nda? After);
