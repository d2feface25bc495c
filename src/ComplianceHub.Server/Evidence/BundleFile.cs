namespace ComplianceHub.Server.Evidence;

/// <summary>One file of a bundle as its manifest lists it.</summary>
public sealed record BundleFile(string Path, string Sha256, long Bytes);
