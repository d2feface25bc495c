namespace ComplianceHub.Cli.Import;

/// <summary>The <c>nda</c> object of a roster row on the wire.</summary>
internal sealed record NdaRequest(DateOnly SignedOn, DateOnly? ExpiresOn);
