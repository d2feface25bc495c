using Azure.Data.Tables;
using ComplianceHub.Testing;
using Xunit;

namespace ComplianceHub.Storage.Tests.Testing;

public sealed class AzuriteInstanceTests
{
    [Fact]
    public async Task Connection_string_reaches_a_live_table_service()
    {
        var service = new TableServiceClient(await AzuriteInstance.GetConnectionStringAsync());
        var name = AzuriteInstance.UniqueName("smoke");

        await service.CreateTableIfNotExistsAsync(name, TestContext.Current.CancellationToken);

        var found = service.QueryAsync(t => t.Name == name, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Single(await found.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("grain")]
    [InlineData("Grain-State_With Symbols and a very long prefix")]
    [InlineData("9starts-with-digit")]
    [InlineData("")]
    public void Unique_names_are_valid_lowercase_table_and_container_names(string prefix)
    {
        var first = AzuriteInstance.UniqueName(prefix);
        var second = AzuriteInstance.UniqueName(prefix);

        Assert.NotEqual(first, second);
        Assert.InRange(first.Length, 3, 40);
        Assert.Matches("^[a-z][a-z0-9]*$", first);
    }
}
