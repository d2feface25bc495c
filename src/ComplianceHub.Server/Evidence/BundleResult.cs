using System.Globalization;
using ComplianceHub.Abstractions.Enterprises;
using Microsoft.AspNetCore.Http.Features;

namespace ComplianceHub.Server.Evidence;

/// <summary>
/// Streams the bundle zip under the newest head (which, unless heads are coalesced, already covers the export's
/// own entry). Everything a client could get wrong was checked before the first byte; a storage failure after it
/// aborts the response, so a client never holds a bundle that looks whole but is not (the zip's end record and
/// the signed manifest come last).
/// </summary>
public sealed class BundleResult(BundlePlan plan, EvidenceBundleWriter writer, string actor) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var grains = httpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var head = await grains.GetGrain<IEnterpriseGrain>(plan.EnterpriseId).GetTreeHead()
            ?? throw new InvalidOperationException("The tree head vanished between plan and write.");

        // ZipArchive writes synchronously; allowed for this response only.
        if (httpContext.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        httpContext.Response.ContentType = "application/zip";
        var name = string.Create(CultureInfo.InvariantCulture, $"evidence-{plan.EnterpriseId}-{plan.From}-{plan.To(head)}.zip");
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        httpContext.Response.Headers["X-Evidence-Tree-Size"] = head.Head.TreeSize.ToString(CultureInfo.InvariantCulture);
        await writer.WriteAsync(plan, head, actor, httpContext.Response.Body, httpContext.RequestAborted);
    }
}
