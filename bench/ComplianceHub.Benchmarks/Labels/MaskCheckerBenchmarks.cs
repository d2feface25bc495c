using System.Globalization;
using BenchmarkDotNet.Attributes;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Benchmarks.Labels;

/// <summary>
/// Labels checked per second by <see cref="WaybillMaskChecker"/> (one pass over spans, no regex)
/// against <see cref="RegexMaskChecker"/> (compiled regular expressions), over the same 10,000-label
/// corpus. OperationsPerInvoke makes every figure per label; the ratio column is against the regex baseline.
/// Run: dotnet run -c Release --project bench/ComplianceHub.Benchmarks -- --filter '*MaskChecker*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MaskCheckerBenchmarks
{
    private const int CorpusSize = 10_000;
    private const int Seed = 41833;

    // The baseline must reach the same verdicts, or its speed says nothing.
    private const double MinimumAgreement = 0.90;

    private LabelSample[] _corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        _corpus = MaskCheckerCorpus.Generate(CorpusSize, Seed);

        var dev = LabelsDevSet.Load();
        var devDisagreements = Disagreements(dev);
        var corpusDisagreements = Disagreements(_corpus);
        var compliant = _corpus.Count(l => WaybillMaskChecker.Check(l.Name, l.Phone, l.Address) == LabelViolations.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// RegexMaskChecker vs WaybillMaskChecker: {devDisagreements} disagreements on {dev.Count} labels-dev examples, " +
            $"{corpusDisagreements} on the {CorpusSize}-label corpus ({100.0 * compliant / CorpusSize:F1}% compliant)"));

        if (dev.Count - devDisagreements < MinimumAgreement * dev.Count)
        {
            throw new InvalidOperationException($"RegexMaskChecker agrees on only {dev.Count - devDisagreements} of {dev.Count} dev examples");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CorpusSize)]
    public int RegexMaskChecker_PerLabel()
    {
        // The verdicts are summed so the JIT cannot drop the calls as unused.
        var sum = 0;
        foreach (var label in _corpus)
        {
            sum += (int)RegexMaskChecker.Check(label.Name, label.Phone, label.Address);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CorpusSize)]
    public int WaybillMaskChecker_PerLabel()
    {
        var sum = 0;
        foreach (var label in _corpus)
        {
            sum += (int)WaybillMaskChecker.Check(label.Name, label.Phone, label.Address);
        }

        return sum;
    }

    private static int Disagreements(IEnumerable<LabelSample> labels) =>
        labels.Count(l => RegexMaskChecker.Check(l.Name, l.Phone, l.Address) != WaybillMaskChecker.Check(l.Name, l.Phone, l.Address));
}
