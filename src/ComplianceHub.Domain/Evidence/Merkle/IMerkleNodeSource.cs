namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>Hashes of complete subtrees (see <see cref="MerkleNode"/>) of one enterprise's tree, wherever they are kept.</summary>
public interface IMerkleNodeSource
{
    byte[] NodeHash(int level, long index);
}
