using System.Text.RegularExpressions;
using Orleans;
using Orleans.Runtime;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>Fails silo start on a misconfiguration instead of failing the first grain that persists.</summary>
public sealed partial class AzureTableGrainStorageOptionsValidator(AzureTableGrainStorageOptions options, string name)
    : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (options.TableServiceClient is null)
        {
            throw Invalid("no TableServiceClient; call ConfigureTableServiceClient");
        }

        if (!TableName().IsMatch(options.TableName ?? string.Empty))
        {
            throw Invalid($"table name '{options.TableName}' must be 3-63 letters or digits, starting with a letter");
        }

        if (!ContainerName().IsMatch(options.ContainerName ?? string.Empty) || options.ContainerName!.Contains("--", StringComparison.Ordinal))
        {
            throw Invalid($"container name '{options.ContainerName}' must be 3-63 lowercase letters, digits or single hyphens");
        }
    }

    private OrleansConfigurationException Invalid(string why) =>
        new($"Azure Table 存储配置无效 (invalid configuration of grain storage '{name}'): {why}.");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex ContainerName();
}
