using BenchmarkDotNet.Running;
using ComplianceHub.Benchmarks.Ingest;

// Micro-benchmarks: dotnet run -c Release --project bench/ComplianceHub.Benchmarks -- --filter '*'
// End-to-end ingest against a running hub: ... -- ingest http://localhost:5000 300 1000 8 16
if (args is ["ingest", ..])
{
    return await IngestLoad.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
