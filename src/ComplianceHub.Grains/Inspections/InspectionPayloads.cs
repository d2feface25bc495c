using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Grains.Inspections;

/// <summary>
/// The evidence payloads of inspection steps. Free text (findings, requirements, the enterprise's account)
/// is represented by its SHA-256 only: the log proves what was written without holding anything personal
/// an inspector might have typed, and stays compact.
/// </summary>
internal static class InspectionPayloads
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public sealed record Opened(string InspectionId, string Authority, string Kind, string PlannedOn, string? FollowUpOf, long BaselineSeq, int BaselineScore);

    public sealed record ChecklistAnswered(string InspectionId, string ChecklistVersion, IReadOnlyList<AnswerLine> Answers);

    public sealed record AnswerLine(string ItemId, string Answer, string? NoteSha256);

    public sealed record FindingRecorded(string InspectionId, string FindingId, IReadOnlyList<string> RuleIds, string? ChecklistItemId, string TextSha256);

    public sealed record OrderIssued(string InspectionId, string OrderId, string Deadline, string LegalBasis, string RequirementSha256);

    public sealed record OrderSubmitted(string InspectionId, string OrderId, string DescriptionSha256, string? DocumentSha256);

    public sealed record OrderVerified(string InspectionId, string OrderId, string FollowUpInspectionId, string? NoteSha256);

    public sealed record Closed(string InspectionId, int Answers, int Findings, int Orders, int OrdersUnverified);
}
