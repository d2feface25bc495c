using System.Globalization;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Cli.Labels;

/// <summary>Counts of a check run, and their report for stderr (Chinese with English alongside).</summary>
internal sealed class LabelCheckSummary
{
    private static readonly IReadOnlyList<string> Codes = LabelViolationCodes.All;

    private static readonly string[] CodeTitles =
        ["姓名未隐藏 name visible", "电话隐藏不足 phone under-masked", "地址单元户室号未隐藏 room visible", "印有身份证号 identity number printed"];

    private readonly long[] _byCode = new long[LabelViolationCodes.All.Count];

    public long Checked { get; private set; }

    public long Compliant { get; private set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Labels found with <paramref name="code"/>; a label with several violations counts under each.</summary>
    public long CountOf(string code) => _byCode[IndexOf(code)];

    public void Add(LabelViolations violations)
    {
        Checked++;
        if (violations == LabelViolations.None)
        {
            Compliant++;
            return;
        }

        // Flag bits follow the code order (LabelViolations: ascending bits give the reporting order).
        for (var i = 0; i < _byCode.Length; i++)
        {
            if (((int)violations & (1 << i)) != 0)
            {
                _byCode[i]++;
            }
        }
    }

    public void WriteTo(TextWriter writer)
    {
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(c, $"已检查 checked: {Checked}"));
        writer.WriteLine(string.Create(c, $"合规 compliant: {Compliant}"));
        writer.WriteLine(string.Create(c, $"违规 non-compliant: {Checked - Compliant}"));
        for (var i = 0; i < Codes.Count; i++)
        {
            writer.WriteLine(string.Create(c, $"  {Codes[i]} {CodeTitles[i]}: {_byCode[i]}"));
        }

        var rate = Checked == 0 ? "-" : string.Create(c, $"{100.0 * Compliant / Checked:F1}%");
        writer.WriteLine($"合规率 compliance rate: {rate}");
        var seconds = Math.Max(Elapsed.TotalSeconds, 1e-6);
        writer.WriteLine(string.Create(c, $"吞吐 throughput: {Checked / seconds:N0} 条/秒 labels/s ({Elapsed.TotalSeconds:F2} s)"));
    }

    private static int IndexOf(string code)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (Codes[i] == code)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, "unknown violation code");
    }
}
