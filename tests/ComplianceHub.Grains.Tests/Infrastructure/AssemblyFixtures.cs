using ComplianceHub.Grains.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(ClusterFixture))]
