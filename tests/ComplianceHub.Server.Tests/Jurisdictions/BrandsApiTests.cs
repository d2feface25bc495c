using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using ComplianceHub.Server.Brands;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceHub.Server.Tests.Jurisdictions;

public sealed class BrandsApiTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewBrand() => "t-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    [Fact]
    public async Task A_regulator_sees_the_brand_over_its_own_divisions_outlets_and_an_admin_over_all()
    {
        var brand = NewBrand();
        var nanjing = await RollupScenario.RegisterAsync(hub, "320111", brand);
        var shenzhen = await RollupScenario.RegisterAsync(hub, "440305", brand);
        await RollupScenario.MakeTerribleAsync(hub, shenzhen);
        var admin = await hub.AsAsync("admin");
        var jiangsu = await hub.AsAsync("regulator.postal", "32");

        var all = await RollupScenario.ReadSettledAsync<BrandResponse>(hub, admin, $"/api/v1/brands/{brand}");
        var own = await RollupScenario.ReadSettledAsync<BrandResponse>(hub, jiangsu, $"/api/v1/brands/{brand}");

        Assert.Equal(1, all.Totals.ByRisk["high"]);
        Assert.Equal(2, all.Totals.Enterprises);
        Assert.Equal(["320000", "440000"], all.ByDivision.Select(d => d.Code));
        Assert.Equal(shenzhen, all.Worst[0].Id);
        Assert.Equal(1, own.Totals.Enterprises);
        Assert.Equal("320000", own.Division);
        Assert.Equal([nanjing], own.Worst.Select(w => w.Id));
        Assert.Equal(["320100"], own.ByDivision.Select(d => d.Code));
    }

    [Fact]
    public async Task A_brand_that_leaves_an_outlet_stops_counting_it()
    {
        var brand = NewBrand();
        var id = await RollupScenario.RegisterAsync(hub, "320113", brand);
        var admin = await hub.AsAsync("admin");
        Assert.Equal(1, (await admin.GetFromJsonAsync<BrandResponse>($"/api/v1/brands/{brand}", Ct))!.Totals.Enterprises);

        var rebranded = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: "320113", brandId: null));

        Assert.Equal(HttpStatusCode.OK, rebranded.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/brands/{brand}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Outside_the_regulators_division_there_is_nothing_to_see_and_enterprises_are_refused()
    {
        var brand = NewBrand();
        var id = await RollupScenario.RegisterAsync(hub, "440305", brand);
        var jiangsu = await hub.AsAsync("regulator.postal", "32");
        var enterprise = await hub.AsAsync("enterprise", enterprise: id);

        Assert.Equal(HttpStatusCode.NotFound, (await jiangsu.GetAsync($"/api/v1/brands/{brand}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync($"/api/v1/brands/{brand}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_brand_id_is_refused_naming_the_field()
    {
        var admin = await hub.AsAsync("admin");

        var response = await admin.GetAsync("/api/v1/brands/Bad_Brand", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["brandId"], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct))!.Errors.Keys);
    }
}
