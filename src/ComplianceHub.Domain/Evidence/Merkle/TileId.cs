namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// A tile of the stored tree: the hashes of the complete nodes at level <c>TileLevel·<see cref="MerkleTiles.Height"/></c>
/// with indexes <c>[Index·Width, (Index+1)·Width)</c>, as far as they are complete.
/// </summary>
public readonly record struct TileId(int TileLevel, long Index);
