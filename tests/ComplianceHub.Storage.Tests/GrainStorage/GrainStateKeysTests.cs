using ComplianceHub.Storage.GrainStorage;
using Xunit;

namespace ComplianceHub.Storage.Tests.GrainStorage;

public sealed class GrainStateKeysTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("tab\there")]
    [InlineData("del\u007fhere")]
    [InlineData("c1\u0085here")]
    public void Escaped_keys_contain_no_character_azure_forbids(string raw)
    {
        var key = GrainStateKeys.Escape(raw);

        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.StartsWith(raw[..1], key, StringComparison.Ordinal);
    }

    [Fact]
    public void Distinct_ids_that_differ_only_in_escaped_characters_get_distinct_keys()
    {
        string[] raws = ["a/b", "a~2Fb", "a%2Fb", "a#b", "a~b", "a~7Eb"];

        var keys = raws.Select(GrainStateKeys.Escape).ToList();

        Assert.Equal(raws.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Overlong_keys_are_shortened_but_stay_distinct()
    {
        var first = GrainStateKeys.Escape(new string('x', 2000) + "1");
        var second = GrainStateKeys.Escape(new string('x', 2000) + "2");

        Assert.InRange(first.Length, 1, 512);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Partition_key_carries_service_id_so_deployments_sharing_a_table_do_not_collide()
    {
        var a = GrainStateKeys.For("service-a", "enterprise/1", "state");
        var b = GrainStateKeys.For("service-b", "enterprise/1", "state");

        Assert.NotEqual(a.PartitionKey, b.PartitionKey);
        Assert.Equal("service-a_enterprise~2F1", a.PartitionKey);
        Assert.Equal("enterprise~2F1_state", a.RowKey);
    }

    [Fact]
    public void Row_key_differs_between_grains_so_an_emulator_indexing_row_keys_finds_a_grain_in_one_probe()
    {
        var keys = Enumerable.Range(0, 1000).Select(i => GrainStateKeys.For("svc", $"enterprise/{i}", "state")).ToList();

        Assert.Equal(keys.Count, keys.Select(k => k.RowKey).Distinct().Count());
    }
}
