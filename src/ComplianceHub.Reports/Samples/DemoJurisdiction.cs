using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Reports.Data;

namespace ComplianceHub.Reports.Samples;

/// <summary>
/// A synthetic Yiwu (330782) of any size: outlets of zto/yto/yunda/sto, cloud warehouses, platforms and
/// stations spread over the city's streets and towns. Rows are generated from a seed on every enumeration,
/// so the report's two passes see the same rows and nothing is held in memory.
/// </summary>
public static class DemoJurisdiction
{
    private static readonly string[] Towns =
        ["稠城街道", "北苑街道", "稠江街道", "江东街道", "后宅街道", "城西街道", "廿三里街道", "福田街道", "佛堂镇", "赤岸镇", "义亭镇", "上溪镇", "大陈镇", "苏溪镇"];

    private static readonly string?[] Brands = ["zto", "yto", "yunda", "sto"];

    public static JurisdictionReportData Yiwu(int enterprises)
    {
        var rows = new GeneratedRows(enterprises);
        var byRisk = RiskLevels.All.ToDictionary(r => r, _ => 0);
        var byKind = EnterpriseKinds.All.ToDictionary(k => k, _ => 0);
        var children = Towns.Select(_ => (Count: 0, High: 0, Score: 0.0, Coverage: 0.0)).ToArray();
        double scoreSum = 0, coverageSum = 0;
        var openFindings = 0;
        var worst = new PriorityQueue<JurisdictionEnterpriseRow, int>();
        var index = 0;
        foreach (var row in rows)
        {
            byRisk[row.Risk]++;
            byKind[row.Kind]++;
            scoreSum += row.Score;
            coverageSum += row.VerifiedCoverage ?? 0;
            openFindings += row.OpenFindings;
            var town = index % Towns.Length;
            var child = children[town];
            children[town] = (child.Count + 1, child.High + (row.Risk == RiskLevel.High ? 1 : 0), child.Score + row.Score, child.Coverage + (row.VerifiedCoverage ?? 0));
            worst.Enqueue(row, -row.Score); // keep the 20 lowest scores: drop the highest beyond 20
            if (worst.Count > 20)
            {
                worst.Dequeue();
            }

            index++;
        }

        var worstRows = new List<JurisdictionEnterpriseRow>();
        while (worst.Count > 0)
        {
            worstRows.Add(worst.Dequeue());
        }

        worstRows.Sort((a, b) => a.Score.CompareTo(b.Score));
        var childRows = Towns.Select((name, i) => new JurisdictionChildRow(
            "330782" + (i + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            name,
            children[i].Count,
            children[i].High,
            children[i].Count == 0 ? 0 : children[i].Score / children[i].Count,
            children[i].Count == 0 ? null : children[i].Coverage / children[i].Count)).ToList();
        var n = Math.Max(1, enterprises);
        return new JurisdictionReportData(
            "330782",
            "浙江省金华市义乌市",
            "义乌市邮政管理局",
            new JurisdictionTotals(enterprises, byRisk, byKind, scoreSum / n, coverageSum / n, 0.996, openFindings, enterprises / 50),
            childRows,
            worstRows,
            rows,
            new OverdueRows(enterprises),
            Trend(),
            new EvidenceSnapshot(enterprises, "c4d1e8a2b79f0365d2e4a6b8c0d1f3e5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7"),
            DemoEnterprises.GeneratedAt);
    }

    private static CoveragePoint[] Trend()
    {
        var random = new Random(5);
        var first = new DateOnly(2026, 8, 22);
        return [.. Enumerable.Range(0, 90).Select(i => new CoveragePoint(
            first.AddDays(i),
            0.994 + (random.NextDouble() * 0.004),
            0.90 + (0.05 * i / 89.0) + ((random.NextDouble() - 0.5) * 0.01)))];
    }

    private static JurisdictionEnterpriseRow Row(int i, Random random)
    {
        var roll = random.NextDouble();
        var kind = roll < 0.62 ? EnterpriseKind.CourierOutlet : roll < 0.80 ? EnterpriseKind.TerminalStation : roll < 0.97 ? EnterpriseKind.CloudWarehouse : EnterpriseKind.Platform;
        var brand = kind == EnterpriseKind.CourierOutlet ? Brands[i % Brands.Length] : null;
        var score = (int)Math.Clamp(92 - (Math.Pow(random.NextDouble(), 2.2) * 70), 10, 100);
        var risk = score >= 80 ? RiskLevel.Low : score >= 60 ? RiskLevel.Medium : RiskLevel.High;
        var town = Towns[i % Towns.Length];
        var suffix = (i + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        var name = kind switch
        {
            EnterpriseKind.CourierOutlet => $"{town}{ReportKindBrand(brand!)}网点 {suffix}（演示）",
            EnterpriseKind.CloudWarehouse => $"{town}电商云仓 {suffix}（演示）",
            EnterpriseKind.Platform => $"{town}电商平台 {suffix}（演示）",
            _ => $"{town}驿站 {suffix}（演示）",
        };
        var id = $"91330782DM{suffix}X" + (kind == EnterpriseKind.CourierOutlet ? $"/YW{suffix}" : string.Empty);
        var coverage = Math.Clamp(0.6 + (score / 250.0) + ((random.NextDouble() - 0.5) * 0.05), 0, 1);
        return new JurisdictionEnterpriseRow(id, name, kind, brand, score, risk, (100 - score) / 12, coverage);
    }

    private static string ReportKindBrand(string brand) => Documents.ReportSections.BrandName(brand);

    /// <summary>Every enterprise, regenerated from the same seed on each enumeration.</summary>
    private sealed class GeneratedRows(int count) : IEnumerable<JurisdictionEnterpriseRow>
    {
        public IEnumerator<JurisdictionEnterpriseRow> GetEnumerator()
        {
            var random = new Random(2026);
            for (var i = 0; i < count; i++)
            {
                yield return Row(i, random);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>One overdue order for every 50th enterprise.</summary>
    private sealed class OverdueRows(int count) : IEnumerable<OverdueOrderRow>
    {
        public IEnumerator<OverdueOrderRow> GetEnumerator()
        {
            var random = new Random(2026);
            for (var i = 0; i < count; i++)
            {
                var row = Row(i, random);
                if (i % 50 == 49)
                {
                    var days = 3 + (i % 40);
                    yield return new OverdueOrderRow(
                        "YZ-GZ-2026-" + (i + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
                        row.EnterpriseId,
                        row.Name,
                        "全部面单使用符合 GB/T 41833-2022 的隐私面单，注销离职人员账号。",
                        new DateOnly(2026, 11, 20).AddDays(-days),
                        days);
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
