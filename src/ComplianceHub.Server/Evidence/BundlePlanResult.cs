namespace ComplianceHub.Server.Evidence;

/// <summary>A plan, or the problem to answer instead.</summary>
public sealed record BundlePlanResult(BundlePlan? Bundle, IResult? Problem);
