namespace ComplianceHub.Server.Evidence;

/// <summary>RFC 9162 consistency proof: the tree of <see cref="From"/> entries is a prefix of the tree of <see cref="To"/>.</summary>
public sealed record ConsistencyProofResponse(long From, long To, string FromRootHash, IReadOnlyList<string> Path, TreeHeadJson TreeHead);
