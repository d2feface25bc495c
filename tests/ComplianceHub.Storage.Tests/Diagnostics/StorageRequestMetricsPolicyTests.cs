using ComplianceHub.Storage.Diagnostics;

namespace ComplianceHub.Storage.Tests.Diagnostics;

/// <summary>The storage-latency tag names a table or container, never the keys in the URL (enterprise ids) or anything odd.</summary>
public sealed class StorageRequestMetricsPolicyTests
{
    [Theory]
    [InlineData("acct.table.core.windows.net", "/chubevidence(PartitionKey='91330782MA2000001K',RowKey='x')", "chubevidence")]
    [InlineData("127.0.0.1", "/devstoreaccount1/chubevidence(PartitionKey='91330782MA2000001K',RowKey='x')", "chubevidence")]
    [InlineData("localhost", "/devstoreaccount1/$batch", "$batch")]
    [InlineData("acct.table.core.windows.net", "/chubdirectory()", "chubdirectory")]
    [InlineData("acct.blob.core.windows.net", "/chub-reports/2026/report-1.pdf", "chub-reports")]
    [InlineData("127.0.0.1", "/devstoreaccount1/chub-label-samples/91330782MA2000001K/b-1", "chub-label-samples")]
    [InlineData("acct.table.core.windows.net", "/Tables", "Tables")]
    [InlineData("127.0.0.1", "/devstoreaccount1", "other")]
    [InlineData("acct.table.core.windows.net", "/t%C3%A9st(PartitionKey='a')", "other")]
    [InlineData("acct.table.core.windows.net", "/not a name", "other")]
    public void The_resource_is_the_table_or_container_only(string host, string path, string expected)
    {
        Assert.Equal(expected, StorageRequestMetricsPolicy.Resource(host, path));
    }
}
