namespace ComplianceHub.Storage.Hosting;

/// <summary>Where ComplianceHub keeps what is not grain state: the evidence log and the directory.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string; <c>UseDevelopmentStorage=true</c> means Azurite on its default ports.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prepended to every table name, so several hubs (or test runs) can share one account.</summary>
    public string TablePrefix { get; set; } = "chub";
}
