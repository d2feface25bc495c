namespace ComplianceHub.Grains.Compliance;

public sealed record NdaChangePayload(string StaffId, DateOnly? SignedBefore, DateOnly? SignedNow, DateOnly? ExpiresNow);
