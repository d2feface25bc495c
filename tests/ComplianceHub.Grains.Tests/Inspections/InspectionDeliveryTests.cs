using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Domain.Time;
using ComplianceHub.Grains.Tests.Infrastructure;
using ComplianceHub.Storage.Evidence;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;

namespace ComplianceHub.Grains.Tests.Inspections;

/// <summary>
/// Inspection steps reach the enterprise at least once and are applied once: a re-delivered step (the
/// inspection grain re-sends its last step on every activation) appends nothing to the evidence log.
/// </summary>
public sealed class InspectionDeliveryTests(ClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_redelivered_step_is_applied_once()
    {
        var id = TestIds.NewEnterprise();
        var enterprise = fixture.Grains.GetGrain<IEnterpriseGrain>(id);
        await enterprise.Register(new RegisterEnterprise(new EnterpriseProfile("测试网点", EnterpriseKind.CourierOutlet, "330782", "zto"), "test:grains"));
        var key = Guid.NewGuid();
        var inspection = fixture.Grains.GetGrain<IInspectionGrain>(key);
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var opened = await inspection.Open(new OpenInspection(id, InspectionAuthority.Postal, InspectionKind.OnSite, today, null, "test:regulator"));
        await inspection.IssueOrder(new IssueOrder("O-1", "整改", "依据", today.AddDays(5), "test:regulator"));
        var logBefore = await LogAsync(id);

        // The same step delivered again, as after a crash between the inspection's write and the enterprise's.
        var replay = new InspectionStep(EvidenceKinds.InspectionOpened, "test:regulator", "{}", InspectionSummary.Of(opened.Inspection));
        Assert.Equal(0, await enterprise.RecordInspectionStep(replay));

        // A fresh activation of the inspection re-sends its last step before anything else.
        await inspection.Cast<IGrainManagementExtension>().DeactivateOnIdle(Ct);
        var view = await inspection.SubmitRectification(new SubmitRectification("O-1", "已整改", null, "test:enterprise"));

        var log = await LogAsync(id);
        Assert.Equal(logBefore.Count + 1, log.Count);
        Assert.Equal(
            [EvidenceKinds.EnterpriseRegistered, EvidenceKinds.InspectionOpened, EvidenceKinds.InspectionOrderIssued, EvidenceKinds.InspectionOrderSubmitted],
            log.Select(e => e.Kind));
        Assert.True(EvidenceChain.Verify(log, id).IsValid);
        var ledger = await enterprise.GetInspections();
        Assert.Equal(view.Inspection.Steps, ledger.Find(key.ToString("D"))!.LastStep);
        Assert.True(ledger.OpenOrders.Single().Submitted);
    }

    private async Task<List<EvidenceEntry>> LogAsync(string id) =>
        await fixture.Services.GetRequiredService<EvidenceLogStore>().ReadAsync(id, cancellationToken: Ct).ToListAsync(Ct);
}
