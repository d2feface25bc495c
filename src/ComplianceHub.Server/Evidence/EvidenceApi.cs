using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Evidence;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;
using ComplianceHub.Storage.Evidence;

namespace ComplianceHub.Server.Evidence;

public static class EvidenceApi
{
    public static IServiceCollection AddEvidenceApi(this IServiceCollection services) =>
        services.AddSingleton<EvidenceAudit>().AddSingleton<EvidenceBundleWriter>().AddSingleton<BundleRequestValidator>().AddSingleton<EvidenceListRenderer>();

    public static RouteGroupBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/evidence/keys", GetKeys)
            .WithTags("Evidence")
            .AllowAnonymous()
            .WithName("GetEvidenceKeys")
            .WithSummary("树头签名公钥（含已轮换的旧钥），供离线核验 (tree head public keys, retired ones included, for offline verification)")
            .Produces<PublicKeysResponse>();

        var api = app.MapGroup("/api/v1/enterprises/{id}/evidence").WithTags("Evidence").RequireAuthorization();
        api.MapGet("/log", GetLog)
            .WithName("GetEvidenceLog")
            .WithSummary("企业证据链日志，按序流式输出 (the enterprise's hash-chained evidence log, streamed in order)")
            .Produces<IAsyncEnumerable<EvidenceEntry>>()
            .ProducesAccessProblems();
        api.MapGet("/tree-head", GetTreeHead)
            .WithName("GetEvidenceTreeHead")
            .WithSummary("最新签名树头 (the newest signed tree head of the enterprise's Merkle tree)")
            .Produces<TreeHeadJson>()
            .ProducesAccessProblems();
        api.MapGet("/proofs/inclusion", GetInclusionProof)
            .WithName("GetEvidenceInclusionProof")
            .WithSummary("条目包含证明 (RFC 9162 inclusion proof of entry seq in a signed tree of treeSize entries)")
            .Produces<InclusionProofResponse>()
            .ProducesAccessProblems();
        api.MapGet("/proofs/consistency", GetConsistencyProof)
            .WithName("GetEvidenceConsistencyProof")
            .WithSummary("一致性证明：旧树头之后日志只增不改 (RFC 9162 consistency proof between two signed tree sizes)")
            .Produces<ConsistencyProofResponse>()
            .ProducesAccessProblems();
        api.MapPost("/bundles", PostBundle)
            .WithName("CreateEvidenceBundle")
            .WithSummary("证据包（zip）：条目、签名树头、包含与一致性证明、报告、公钥、证据清单 (evidence bundle for court, verified offline by chub evidence verify)")
            .Accepts<BundleRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static PublicKeysResponse GetKeys(TreeHeadKeys keys) => new(keys.All);

    private static async Task<IResult> GetLog(
        string id, long? from, HttpContext context, IGrainFactory grains, EvidenceLogStore store, EvidenceAudit audit)
    {
        if (from is < 1)
        {
            var errors = new ProblemErrors();
            errors.Add("from", "起始序号从 1 开始 (from starts at 1)");
            return errors.ToProblem();
        }

        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        // Every export of evidence is itself recorded, in the log being read, before the log is sent.
        var enterpriseId = read.Id.ToString();
        await EvidenceReads.RecordAsync(grains, enterpriseId, read.Caller!, EvidenceReadKinds.Log, from ?? 1, read.Enterprise!.EvidenceSeq);
        audit.Exported(read.Caller!.Actor, enterpriseId, from ?? 1, read.Enterprise!.EvidenceSeq);
        return TypedResults.Ok(store.ReadAsync(enterpriseId, from ?? 1, context.RequestAborted));
    }

    private static async Task<IResult> GetTreeHead(string id, HttpContext context, IGrainFactory grains)
    {
        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null) return read.Problem;
        var head = await grains.GetGrain<IEnterpriseGrain>(read.Id.ToString()).GetTreeHead();
        return head is null ? Problems.NotFound("尚无签名树头 (no signed tree head yet)") : TypedResults.Ok(TreeHeadJson.Of(head));
    }

    private static async Task<IResult> GetInclusionProof(
        string id, long? seq, long? treeSize, HttpContext context, IGrainFactory grains, EvidenceTreeStore trees)
    {
        var signed = await SignedHeadAsync(id, context, grains);
        if (signed.Problem is not null) return signed.Problem;
        var latest = signed.Head!;
        var size = treeSize ?? latest.Head.TreeSize;
        var errors = new ProblemErrors();
        if (size < 1 || size > latest.Head.TreeSize)
        {
            errors.Add("treeSize", $"树大小须在 1 到已签名的 {latest.Head.TreeSize} 之间 (treeSize must lie in 1..{latest.Head.TreeSize}, the signed size)");
        }

        if (seq is not { } n || n < 1 || n > size)
        {
            errors.Add("seq", $"条目序号须在 1 到 {size} 之间 (seq is required and must lie in 1..{size})");
        }

        if (errors.Any) return errors.ToProblem();
        var enterpriseId = signed.EnterpriseId!;
        var head = size == latest.Head.TreeSize ? latest : await trees.GetHeadAsync(enterpriseId, size, context.RequestAborted);
        if (head is null)
        {
            errors.Add("treeSize", $"树大小 {size} 没有签名树头 (no tree head was signed at size {size}; omit treeSize for the newest)");
            return errors.ToProblem();
        }

        await EvidenceReads.RecordAsync(grains, enterpriseId, signed.Caller!, EvidenceReadKinds.Proof, seq, size);
        var prover = new EvidenceProver(trees, enterpriseId);
        var path = await prover.InclusionAsync(seq!.Value - 1, size, context.RequestAborted);
        var leaf = await LeafAsync(context, enterpriseId, seq.Value);
        return leaf is null
            ? Problems.NotFound("条目不存在 (no such entry)")
            : TypedResults.Ok(new InclusionProofResponse(seq.Value, seq.Value - 1, size, Convert.ToHexStringLower(leaf), Hex(path), TreeHeadJson.Of(head)));
    }

    private static async Task<IResult> GetConsistencyProof(
        string id, long? from, long? to, HttpContext context, IGrainFactory grains, EvidenceTreeStore trees)
    {
        var signed = await SignedHeadAsync(id, context, grains);
        if (signed.Problem is not null) return signed.Problem;
        var latest = signed.Head!;
        var newSize = to ?? latest.Head.TreeSize;
        var errors = new ProblemErrors();
        if (newSize < 1 || newSize > latest.Head.TreeSize)
        {
            errors.Add("to", $"须在 1 到已签名的 {latest.Head.TreeSize} 之间 (to must lie in 1..{latest.Head.TreeSize}, the signed size)");
        }

        if (from is not { } oldSize || oldSize < 1 || oldSize > newSize)
        {
            errors.Add("from", $"from 为必填，须在 1 到 {newSize} 之间 (from is required and must lie in 1..{newSize})");
        }

        if (errors.Any) return errors.ToProblem();
        var enterpriseId = signed.EnterpriseId!;
        var head = newSize == latest.Head.TreeSize ? latest : await trees.GetHeadAsync(enterpriseId, newSize, context.RequestAborted);
        if (head is null)
        {
            errors.Add("to", $"树大小 {newSize} 没有签名树头 (no tree head was signed at size {newSize}; omit to for the newest)");
            return errors.ToProblem();
        }

        await EvidenceReads.RecordAsync(grains, enterpriseId, signed.Caller!, EvidenceReadKinds.Proof, from, newSize);
        var prover = new EvidenceProver(trees, enterpriseId);
        var path = await prover.ConsistencyAsync(from!.Value, newSize, context.RequestAborted);
        var oldRoot = await prover.RootAsync(from.Value, context.RequestAborted);
        return TypedResults.Ok(new ConsistencyProofResponse(from.Value, newSize, Convert.ToHexStringLower(oldRoot), Hex(path), TreeHeadJson.Of(head)));
    }

    private static async Task<IResult> PostBundle(string id, HttpContext context, IGrainFactory grains, EvidenceBundleWriter writer)
    {
        var body = await JsonBody.ReadAsync<BundleRequest>(context.Request, 64 * 1024, context.RequestAborted);
        if (body.Problem is not null) return body.Problem;
        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null) return read.Problem;
        if (!read.Caller!.IsAdmin && !read.Caller.IsRegulator && !read.Caller.IsProsecutor)
        {
            return Problems.Forbidden("证据包仅供监管部门、检察机关与管理员调取 (bundles are for regulators, prosecutors and admins).");
        }

        var head = await grains.GetGrain<IEnterpriseGrain>(read.Id.ToString()).GetTreeHead();
        if (head is null) return Problems.NotFound("尚无签名树头 (no signed tree head yet)");
        var plan = await writer.PlanAsync(read.Id.ToString(), head, body.Value!, context.RequestAborted);
        if (plan.Problem is not null) return plan.Problem;

        // The export is an entry of the log before the bundle is built; a head that covers it is signed with it
        // (or, when heads are coalesced, the next one does).
        var request = body.Value!;
        await EvidenceReads.RecordAsync(grains, plan.Bundle!.EnterpriseId, read.Caller, EvidenceReadKinds.Bundle, plan.Bundle.From, plan.Bundle.RequestedTo, request.CaseNumber, request.Reason);
        return new BundleResult(plan.Bundle!, writer, read.Caller.Actor);
    }

    private static async Task<byte[]?> LeafAsync(HttpContext context, string enterpriseId, long seq)
    {
        var store = context.RequestServices.GetRequiredService<EvidenceLogStore>();
        var entry = await store.GetAsync(enterpriseId, seq, context.RequestAborted);
        return entry is null ? null : MerkleHash.LeafOfEntry(entry.Hash);
    }

    private static async Task<SignedHeadRead> SignedHeadAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null) return new SignedHeadRead(null, null, null, read.Problem);
        var head = await grains.GetGrain<IEnterpriseGrain>(read.Id.ToString()).GetTreeHead();
        return head is null
            ? new SignedHeadRead(null, null, null, Problems.NotFound("尚无签名树头 (no signed tree head yet)"))
            : new SignedHeadRead(read.Id.ToString(), head, read.Caller, null);
    }

    private static List<string> Hex(IReadOnlyList<byte[]> path) => [.. path.Select(Convert.ToHexStringLower)];

    private sealed record SignedHeadRead(string? EnterpriseId, SignedTreeHead? Head, Auth.CallerScope? Caller, IResult? Problem);
}
