namespace ComplianceHub.Abstractions.Enterprises;

/// <summary>Data was sent for an enterprise nobody has registered; the API answers 404.</summary>
[GenerateSerializer, Alias("chub.EnterpriseNotRegisteredException")]
public sealed class EnterpriseNotRegisteredException : Exception
{
    public EnterpriseNotRegisteredException()
    {
    }

    public EnterpriseNotRegisteredException(string message)
        : base(message)
    {
    }

    public EnterpriseNotRegisteredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
