using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Grains.Evidence.Signing;
using ComplianceHub.Server.Http;
using ComplianceHub.Storage.Evidence;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Server.Evidence;

/// <summary>
/// Checks a bundle request against the newest signed head before a byte is sent, so a bundle is built completely
/// or refused: an unknown range, a range over the limit, a malformed or foreign tree head each name their field.
/// </summary>
public sealed class BundleRequestValidator(TreeHeadKeys keys, EvidenceTreeStore trees, IOptions<EvidenceOptions> options)
{
    public const int MaxCaseNumberLength = 64;

    public const int MaxReasonLength = 500;

    public async Task<BundlePlanResult> PlanAsync(string enterpriseId, SignedTreeHead latest, BundleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(request);
        var size = latest.Head.TreeSize;
        var errors = new ProblemErrors();
        var from = request.From ?? 1;
        if (from < 1 || from > size) errors.Add("from", $"起始序号须在 1 到已签名的 {size} 之间 (from must lie in 1..{size}, the signed size)");
        if (request.To is { } to && (to < from || to > size)) errors.Add("to", $"截止序号须在 from 到 {size} 之间 (to must lie in from..{size})");
        var last = request.To ?? size;
        if (last - from + 1 > options.Value.MaxBundleEntries)
        {
            errors.Add("to", $"一个证据包至多 {options.Value.MaxBundleEntries} 条 (a bundle holds at most {options.Value.MaxBundleEntries} entries)");
        }

        CheckText(errors, "caseNumber", request.CaseNumber, MaxCaseNumberLength, required: false);
        CheckText(errors, "reason", request.Reason, MaxReasonLength, required: true);
        SignedTreeHead? old = null;
        if (request.TreeHead is { } supplied)
        {
            old = CheckHead(errors, enterpriseId, size, supplied);
        }

        if (errors.Any) return new BundlePlanResult(null, errors.ToProblem());
        if (old is not null)
        {
            var root = await new EvidenceProver(trees, enterpriseId).RootAsync(old.Head.TreeSize, cancellationToken).ConfigureAwait(false);
            if (Convert.ToHexStringLower(root) != old.Head.RootHash)
            {
                return new BundlePlanResult(null, Problems.Conflict(
                    "所交树头与本日志在该大小的根哈希不一致：请保全该树头并报告 (treeHead.rootHash differs from this log's root at that size: keep that head, it is evidence of a fork)"));
            }
        }

        return new BundlePlanResult(new BundlePlan(enterpriseId, from, request.To, request.CaseNumber, request.Reason!, old), null);
    }

    private SignedTreeHead? CheckHead(ProblemErrors errors, string enterpriseId, long size, TreeHeadJson supplied)
    {
        var bad = new List<(string Field, string Message)>();
        if (supplied.EnterpriseId != enterpriseId) bad.Add(("treeHead.enterpriseId", "树头属于其他企业 (the tree head is another enterprise's)"));
        if (supplied.TreeSize < 1 || supplied.TreeSize > size) bad.Add(("treeHead.treeSize", $"须在 1 到 {size} 之间 (must lie in 1..{size})"));
        if (supplied.RootHash is not { Length: 64 } root || !root.All(char.IsAsciiHexDigitLower)) bad.Add(("treeHead.rootHash", "须为 64 位小写十六进制 (64 lowercase hex characters)"));
        var signed = supplied.ToSigned();
        if (signed is null) bad.Add(("treeHead.timestamp", "格式须为 yyyy-MM-ddTHH:mm:ss.fffffffZ (format yyyy-MM-ddTHH:mm:ss.fffffffZ)"));
        var key = supplied.KeyId is null ? null : keys.Find(supplied.KeyId);
        if (key is null) bad.Add(("treeHead.keyId", "未知的签名密钥 (unknown signing key; see /api/v1/evidence/keys)"));
        foreach (var (field, message) in bad) errors.Add(field, message);
        if (bad.Count > 0 || signed is null || key is null) return null;

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(supplied.Signature ?? "");
        }
        catch (FormatException)
        {
            signature = [];
        }

        if (key.Algorithm != supplied.Algorithm
            || !TreeHeadSignatures.Verify(key.Algorithm, Convert.FromBase64String(key.PublicKey), TreeHeadEncoding.SignatureInput(signed.Head), signature))
        {
            errors.Add("treeHead.signature", "签名无效 (the signature does not verify with the named key)");
            return null;
        }

        return signed;
    }

    // The one free-text rule of the hub (bounded, no invisible characters, no mobile or identity numbers): the
    // case number and the reason become part of a permanent evidence entry.
    private static void CheckText(ProblemErrors errors, string field, string? value, int max, bool required)
    {
        if (FieldRules.CheckText(value, field, field == "reason" ? "调取事由" : "案号", max, required) is { } error)
        {
            errors.Add(error.Field, error.Message);
        }
    }
}
