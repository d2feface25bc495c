using System.Text.Json;
using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class LabelsDevSetTests
{
    [Theory]
    [MemberData(nameof(LabelsDevSet.Cases), MemberType = typeof(LabelsDevSet))]
    public void Every_worked_example_gets_its_expected_violations(string id, string name, string phone, string address, string expected)
    {
        var codes = LabelViolationCodes.ToCodes(WaybillMaskChecker.Check(name, phone, address));

        Assert.True(expected == string.Join(",", codes), $"{id}: expected [{expected}] got [{string.Join(",", codes)}]");
    }

    [Fact]
    public void Dev_set_has_sixty_examples_and_every_compliant_flag_matches_its_violations()
    {
        var lines = File.ReadLines(LabelsDevSet.FilePath).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();

        Assert.Equal(60, lines.Count);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var expected = doc.RootElement.GetProperty("expected");
            Assert.Equal(expected.GetProperty("violations").GetArrayLength() == 0, expected.GetProperty("compliant").GetBoolean());
        }
    }
}
