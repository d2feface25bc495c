namespace ComplianceHub.Server.Http;

/// <summary>Either a parsed body (<paramref name="Value"/>) or the problem response that explains why there is none.</summary>
public sealed record BodyResult<T>(T? Value, IResult? Problem)
    where T : class;
