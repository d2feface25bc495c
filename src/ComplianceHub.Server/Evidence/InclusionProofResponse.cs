namespace ComplianceHub.Server.Evidence;

/// <summary>RFC 9162 inclusion proof of entry <see cref="Seq"/> (leaf index seq − 1) in the tree of <see cref="TreeSize"/> entries.</summary>
public sealed record InclusionProofResponse(long Seq, long LeafIndex, long TreeSize, string LeafHash, IReadOnlyList<string> Path, TreeHeadJson TreeHead);
