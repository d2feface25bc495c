using ComplianceHub.Storage.Directory;

namespace ComplianceHub.Server.Enterprises;

/// <summary>One page of <c>GET /api/v1/enterprises</c>; pass <paramref name="NextCursor"/> back as <c>cursor</c>.</summary>
public sealed record EnterpriseListResponse(string Division, IReadOnlyList<DirectoryEntry> Items, string? NextCursor);
