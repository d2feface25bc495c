using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Cluster.Tests.Infrastructure;
using ComplianceHub.Domain.Evidence;

namespace ComplianceHub.Cluster.Tests.Load;

/// <summary>
/// After the load: every acknowledged batch is present exactly once (the day's printed total and batch count equal the
/// acknowledged ones', one evidence entry per batch id) and every enterprise's evidence chain verifies.
/// </summary>
public static class LoadVerdict
{
    public static async Task<IReadOnlyList<string>> CheckAsync(HubProcess hub, IEnumerable<LoadEnterprise> enterprises, string day)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var problems = new List<string>();
        foreach (var enterprise in enterprises)
        {
            var series = await GetAsync<JsonElement>(hub, enterprise, $"/api/v1/enterprises/{enterprise.Id}/labels?from={day}&to={day}");
            var printed = series.GetArrayLength() == 0 ? 0 : series[0].GetProperty("printed").GetInt64();
            var batches = series.GetArrayLength() == 0 ? 0 : series[0].GetProperty("batches").GetInt32();
            if (printed != enterprise.Acknowledged.Values.Sum() || batches != enterprise.Acknowledged.Count)
            {
                problems.Add($"{enterprise.Id}: {batches} batches / {printed} printed stored, {enterprise.Acknowledged.Count} / {enterprise.Acknowledged.Values.Sum()} acknowledged");
            }

            var log = await GetAsync<List<EvidenceEntry>>(hub, enterprise, $"/api/v1/enterprises/{enterprise.Id}/evidence/log");
            var verification = EvidenceChain.Verify(log, enterprise.Id);
            if (!verification.IsValid)
            {
                problems.Add($"{enterprise.Id}: evidence chain broken at {verification.FirstBadSeq}: {verification.Reason}");
            }

            var logged = log.Where(e => e.Kind == EvidenceKinds.LabelBatchAccepted)
                .Select(e => JsonDocument.Parse(e.Payload).RootElement.GetProperty("batchId").GetString()!)
                .ToList();
            if (logged.Count != logged.Distinct(StringComparer.Ordinal).Count() || !logged.ToHashSet(StringComparer.Ordinal).SetEquals(enterprise.Acknowledged.Keys))
            {
                problems.Add($"{enterprise.Id}: {logged.Count} batch entries in the log for {enterprise.Acknowledged.Count} acknowledged batches");
            }
        }

        return problems;
    }

    private static async Task<T> GetAsync<T>(HubProcess hub, LoadEnterprise enterprise, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", enterprise.Token);
        using var response = await hub.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web))!;
    }
}
