using ComplianceHub.Server.Tests.Infrastructure;

// One hub per test run of this assembly: starting a silo per test class would dominate the suite's time.
[assembly: AssemblyFixture(typeof(HubFactory))]
