using System.Text.Json;
using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

/// <summary>tests/data/labels-worked-examples.jsonl: the forms a reviewer found passed or failed wrongly, each with its reason.</summary>
public sealed class LabelsWorkedExamplesTests
{
    [Theory]
    [MemberData(nameof(LabelsDevSet.WorkedExamples), MemberType = typeof(LabelsDevSet))]
    public void Every_worked_example_gets_its_expected_violations(string id, string name, string phone, string address, string party, string expected)
    {
        Assert.True(WaybillParties.TryParse(party, out var declared));

        var codes = LabelViolationCodes.ToCodes(WaybillMaskChecker.Check(name, phone, address, declared));

        Assert.True(expected == string.Join(",", codes), $"{id}: expected [{expected}] got [{string.Join(",", codes)}]");
    }

    [Fact]
    public void Every_worked_example_says_why_and_its_compliant_flag_matches_its_violations()
    {
        var lines = File.ReadLines(LabelsDevSet.WorkedExamplesPath).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();

        Assert.True(lines.Count >= 40);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var expected = doc.RootElement.GetProperty("expected");
            Assert.Equal(expected.GetProperty("violations").GetArrayLength() == 0, expected.GetProperty("compliant").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("why").GetString()));
        }
    }

    [Fact]
    public void Every_new_form_has_a_failing_and_a_passing_example()
    {
        var ids = LabelsDevSet.WorkedExamples().Select(row => (row.Data.Item1, row.Data.Item6)).ToList();
        foreach (var prefix in new[] { "x-room-", "x-id-", "x-org-", "x-name-" })
        {
            Assert.Contains(ids, r => r.Item1.StartsWith(prefix, StringComparison.Ordinal) && r.Item2.Length == 0);
            Assert.Contains(ids, r => r.Item1.StartsWith(prefix, StringComparison.Ordinal) && r.Item2.Length > 0);
        }
    }
}
