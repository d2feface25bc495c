namespace ComplianceHub.Server.Enterprises;

/// <summary>An accepted caller and parsed body, or the problem to answer instead.</summary>
public sealed record DataSubmission<T>(EnterpriseRead? Read, T? Body, IResult? Problem)
    where T : class
{
    public string EnterpriseId => Read!.Id.ToString();

    public string Actor => Read!.Caller!.Actor;
}
