using ComplianceHub.Reports.Data;

namespace ComplianceHub.Reports.Tests.Documents;

public sealed class InspectionChecklistTests
{
    [Theory]
    [InlineData(InspectionAuthority.Postal, "寄递用户个人信息安全检查表", "P-")]
    [InlineData(InspectionAuthority.Cyberspace, "个人信息保护检查表", "C-")]
    public void Loads_the_embedded_checklist_of_each_authority(InspectionAuthority authority, string title, string idPrefix)
    {
        var checklist = InspectionChecklist.Load(authority);

        Assert.Equal(title, checklist.TitleZh);
        Assert.True(checklist.Items.Count >= 10);
        Assert.All(checklist.Items, item =>
        {
            Assert.StartsWith(idPrefix, item.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(item.QuestionZh));
            Assert.False(string.IsNullOrWhiteSpace(item.Basis));
        });
        Assert.Equal(checklist.Items.Count, checklist.Items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Rule_ids_it_names_are_rules_of_the_rulebook()
    {
        var named = new[] { InspectionAuthority.Postal, InspectionAuthority.Cyberspace }
            .SelectMany(a => InspectionChecklist.Load(a).Items).SelectMany(i => i.Rules);

        Assert.All(named, id => Assert.NotNull(Domain.Compliance.ComplianceRules.Find(id)));
    }

    [Fact]
    public void A_file_for_another_authority_is_refused()
    {
        using var json = new MemoryStream("""{"authority":"postal","title":{"zh":"x","en":"x"},"version":"1","items":[]}"""u8.ToArray());

        Assert.Throws<InvalidDataException>(() => InspectionChecklist.Parse(InspectionAuthority.Cyberspace, json));
    }
}
