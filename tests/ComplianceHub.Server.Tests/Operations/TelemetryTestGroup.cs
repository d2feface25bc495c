namespace ComplianceHub.Server.Tests.Operations;

/// <summary>
/// The hub's meter is static, so every hub in this process feeds it: the telemetry tests run alone, after the
/// parallel ones, so that a batch counted is a batch they sent.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup : ICollectionFixture<ObservedHub>
{
    public const string Name = "telemetry";
}
