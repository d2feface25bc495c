using ComplianceHub.Storage.GrainStorage;
using Xunit;

namespace ComplianceHub.Storage.Tests.GrainStorage;

public sealed class AzureTableGrainStorageOptionsValidatorTests
{
    private const string DevConnectionString = "UseDevelopmentStorage=true";

    [Fact]
    public void Missing_table_client_fails_silo_start()
    {
        var validator = new AzureTableGrainStorageOptionsValidator(new AzureTableGrainStorageOptions(), "Default");

        var error = Assert.Throws<OrleansConfigurationException>(validator.ValidateConfiguration);
        Assert.Contains("Default", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab", "orleans-grain-state")]
    [InlineData("1table", "orleans-grain-state")]
    [InlineData("has-hyphen", "orleans-grain-state")]
    [InlineData("OrleansGrainState", "Upper")]
    [InlineData("OrleansGrainState", "double--hyphen")]
    public void Invalid_table_or_container_names_fail_silo_start(string table, string container)
    {
        var options = new AzureTableGrainStorageOptions { TableName = table, ContainerName = container };
        options.ConfigureTableServiceClient(DevConnectionString);

        Assert.Throws<OrleansConfigurationException>(
            new AzureTableGrainStorageOptionsValidator(options, "Default").ValidateConfiguration);
    }

    [Fact]
    public void Defaults_with_a_connection_string_are_valid_and_configure_blob_spill_too()
    {
        var options = new AzureTableGrainStorageOptions();
        options.ConfigureTableServiceClient(DevConnectionString);

        new AzureTableGrainStorageOptionsValidator(options, "Default").ValidateConfiguration();

        Assert.Equal("OrleansGrainState", options.TableName);
        Assert.NotNull(options.BlobServiceClient);
    }
}
