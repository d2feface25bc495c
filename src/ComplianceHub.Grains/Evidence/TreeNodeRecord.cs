namespace ComplianceHub.Grains.Evidence;

/// <summary>A stored-level node of the Merkle tree (see <c>MerkleTiles</c>), kept in state until its tile is written.</summary>
[GenerateSerializer, Immutable, Alias("chub.TreeNodeRecord")]
public sealed record TreeNodeRecord([property: Id(0)] int Level, [property: Id(1)] long Index, [property: Id(2)] byte[] Hash);
