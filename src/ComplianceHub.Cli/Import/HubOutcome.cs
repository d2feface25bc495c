namespace ComplianceHub.Cli.Import;

/// <summary>How a request to the hub ended, as far as a script running <c>chub</c> needs to know.</summary>
internal enum HubOutcome
{
    /// <summary>2xx: stored (or recognised as a replay of the same batchId).</summary>
    Accepted,

    /// <summary>4xx: the hub refused the content or the credentials; sending it again will not help.</summary>
    Rejected,

    /// <summary>5xx, a timeout or no connection: the hub or the network failed; retrying later may work.</summary>
    Failed,
}
