using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Server.Tests.Labels;

/// <summary>The hub must not become the leak: after ingest, no storage and no log line holds the plain name, phone or address.</summary>
public sealed class NoPersonalDataStoredTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Storage_and_logs_hold_only_shapes_and_fingerprints_of_a_violating_sample()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        var client = await hub.AsAsync("enterprise", enterprise: id);
        // Distinctive values, so finding any of them anywhere can only mean they were stored.
        const string Phone = "13907316842";
        const string Name = "欧阳靖宇";
        const string Room = "7-3-1502";
        var sample = new { id = "pii-1", name = Name, phone = Phone, address = $"湖北省十堰市茅箭区北京中路幸福家园{Room}" };
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            new { batchId = "pii", date = today, printed = 10, masked = 10, samples = new[] { sample } }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var stored = await EverythingStored();
        Assert.Contains("ddddddddddd", stored, StringComparison.Ordinal);
        foreach (var secret in new[] { Phone, Phone[3..], Name, Room, "幸福家园" })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(hub.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>Every string and binary property of every table, and every blob, of this hub, as one text.</summary>
    private async Task<string> EverythingStored()
    {
        var text = new StringBuilder();
        var tables = hub.Services.GetRequiredService<TableServiceClient>();
        await foreach (var table in tables.QueryAsync(t => t.Name.CompareTo(hub.TablePrefix) >= 0, cancellationToken: Ct))
        {
            if (!table.Name.StartsWith(hub.TablePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            await foreach (var entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>(cancellationToken: Ct))
            {
                foreach (var value in entity.Select(property => property.Value))
                {
                    text.Append(value switch
                    {
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        BinaryData data => data.ToString(),
                        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    }).Append('\n');
                }
            }
        }

        var blobs = hub.Services.GetRequiredService<BlobServiceClient>();
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: hub.TablePrefix, cancellationToken: Ct))
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(cancellationToken: Ct))
            {
                text.Append((await client.GetBlobClient(blob.Name).DownloadContentAsync(Ct)).Value.Content).Append('\n');
            }
        }

        return text.ToString();
    }
}
