namespace ComplianceHub.Abstractions.Evidence;

/// <summary>What a recorded read was (<see cref="EvidenceRead.What"/>).</summary>
public static class EvidenceReadKinds
{
    public const string Log = "log";

    public const string Proof = "proof";

    public const string Bundle = "bundle";
}
