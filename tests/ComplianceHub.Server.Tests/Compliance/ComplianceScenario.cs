using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Compliance;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>A freshly registered outlet, a client acting as it, and China-time helpers for building scenarios.</summary>
public sealed class ComplianceScenario
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private ComplianceScenario(string id, HttpClient client)
    {
        Id = id;
        Client = client;
    }

    public string Id { get; }

    public HttpClient Client { get; }

    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(China).DateTime);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An outlet (id with outlet code <paramref name="outlet"/>) registered by an admin.</summary>
    public static async Task<ComplianceScenario> OutletAsync(HubFactory hub, string outlet = "NB001")
    {
        var admin = await hub.AsAsync("admin");
        var id = $"{TestEnterprises.NewId()}-{outlet}";
        var created = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return new ComplianceScenario(id, await hub.AsAsync("enterprise", enterprise: id));
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant on a China calendar day, as ISO 8601 with +08:00.</summary>
    public static string At(DateOnly date, int hour, int minute = 0) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), China).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public async Task<HttpResponseMessage> PutStaffAsync(object body) =>
        await Client.PutJsonAsync($"/api/v1/enterprises/{Id}/staff", body);

    public async Task<HttpResponseMessage> PostAsync(string path, object body) =>
        await Client.PostAsJsonAsync($"/api/v1/enterprises/{Id}/{path}", body, Ct);

    public async Task<FindingsResponse> FindingsAsync() =>
        (await Client.GetFromJsonAsync<FindingsResponse>($"/api/v1/enterprises/{Id}/findings", Ct))!;
}
