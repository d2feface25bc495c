using BenchmarkDotNet.Running;
using ComplianceHub.Benchmarks.Ingest;
using ComplianceHub.Benchmarks.Reports;
using ComplianceHub.Benchmarks.Rollups;

// Micro-benchmarks: dotnet run -c Release --project bench/ComplianceHub.Benchmarks -- --filter '*'
// End-to-end ingest against a running hub: ... -- ingest http://localhost:5000 300 1000 8 16
// PDF report timing (one report kind per process, so peak working set is that report's):
//   ... -- reports postal 50 | reports jurisdiction 10000 [streaming|in-memory]
// Against headless Chromium printing the same content as HTML (bench/chromium-compare.sh): ... -- reports chromium OUTDIR 15
// Evidence tree, proofs, a bundle built and verified offline (CPU, no storage): ... -- evidence [treeSize=1000000] [bundle=100000]
// Roll-ups on a local silo against Azurite: ... -- rollup [enterprises=100000] [concurrency=48] [querySeconds=30] [labelEvery=1]
if (args is ["ingest", ..])
{
    return await IngestLoad.RunAsync(args);
}

if (args is ["rollup", ..])
{
    return await RollupLoad.RunAsync(args);
}

if (args is ["evidence", ..])
{
    return ComplianceHub.Benchmarks.Evidence.EvidenceTiming.Run(args);
}

if (args is ["reports", ..])
{
    return ReportTiming.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
