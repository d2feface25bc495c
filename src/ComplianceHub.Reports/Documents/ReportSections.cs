using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Verification;
using ComplianceRules = ComplianceHub.Domain.Compliance.ComplianceRules;
using DomainRisk = ComplianceHub.Domain.Compliance.RiskLevel;

namespace ComplianceHub.Reports.Documents;

/// <summary>The parts every document shares: title, verification panel, profile, findings, incidents, orders, signatures.</summary>
internal static class ReportSections
{
    private static readonly TextStyle Subtitle = new(11f, Argb: 0xFF444444, LineHeight: 1.5f);

    public static ReportDocument NewDocument(string title, string author, ReportIssue issue, DateTimeOffset generatedAt, string subject) =>
        new()
        {
            Title = title,
            Author = author,
            Subject = subject,
            CreatedAt = generatedAt,
            HeaderLeft = title,
            HeaderRight = "报告编号 " + issue.ReportId,
        };

    public static IEnumerable<Block> Title(string title, string subtitle)
    {
        yield return new Paragraph(title, TextStyle.Title, TextAlign.Center);
        yield return new Paragraph(subtitle, Subtitle, TextAlign.Center);
    }

    /// <summary>Rules about accounts and access logs (L4, L5): the account section of both inspection reports.</summary>
    private static readonly HashSet<string> AccountRuleIds = new(StringComparer.Ordinal)
    {
        ComplianceRules.AccountDepartedOpen.Id,
        ComplianceRules.AccountUsedAfterDeparture.Id,
        ComplianceRules.AccessCrossOutlet.Id,
        ComplianceRules.AccessBulkQuery.Id,
        ComplianceRules.AccessNightQuery.Id,
    };

    /// <summary>
    /// The opening every inspection report shares: document, title block naming the authority and office,
    /// verification block, and section 一 (inspection details). Sections from 二 on are the authority's own.
    /// </summary>
    public static ReportDocument InspectionOpening(
        string title, string authority, InspectionReportData data, InspectionChecklist checklist, ReportIssue issue)
    {
        var enterprise = data.Enterprise;
        var inspection = data.Inspection;
        var document = NewDocument(title, inspection.Office, issue, enterprise.GeneratedAt, enterprise.Profile.Name);
        foreach (var block in Title(title, $"{authority} · {inspection.Office}"))
        {
            document.Blocks.Add(block);
        }

        document.Blocks.Add(Verification(issue, enterprise.GeneratedAt, enterprise.Evidence));
        document.Blocks.Add(new Heading("一、检查基本情况"));
        document.Blocks.Add(Inspection(inspection, checklist));
        return document;
    }

    /// <summary>
    /// The closing every inspection report shares, its four sections numbered on from the authority's own
    /// (<paramref name="numbers"/>, e.g. 七 八 九 十): checklist answers, findings with their legal basis,
    /// rectification orders followed by <paramref name="ordersNote"/> when there are any, and signatures.
    /// </summary>
    public static void AddInspectionClosing(
        IList<Block> blocks, string[] numbers, InspectionReportData data, InspectionChecklist checklist, string? ordersNote = null)
    {
        var enterprise = data.Enterprise;
        var inspection = data.Inspection;
        blocks.Add(new Heading($"{numbers[0]}、检查表答复"));
        blocks.Add(new Paragraph($"{checklist.TitleZh}（{checklist.Version} 版）", TextStyle.Small));
        blocks.Add(Checklist(inspection.Answers));

        blocks.Add(new Heading($"{numbers[1]}、发现的问题及法律依据"));
        blocks.Add(enterprise.Findings.Count == 0 ? NoneFound("问题") : Findings(enterprise.Findings));
        if (enterprise.Findings.Count > 0)
        {
            blocks.Add(BasisLegend());
        }

        blocks.Add(new Heading($"{numbers[2]}、责令改正事项"));
        blocks.Add(inspection.Orders.Count == 0 ? NoneFound("需责令改正的事项") : Orders(inspection.Orders));
        if (inspection.Orders.Count > 0 && ordersNote is not null)
        {
            blocks.Add(new Paragraph(ordersNote, TextStyle.Small));
        }

        if (Liabilities(enterprise.Findings) is { } liabilities)
        {
            blocks.Add(new Heading("逾期未改正的法律责任", level: 2));
            blocks.Add(new Paragraph("逐项列明违反的条款和逾期未改正时适用的条款；风险线索本身不违反法定义务，不适用罚则。未能核实的条号或罚款数额注明“未经核实”，不予列明。", TextStyle.Small));
            blocks.Add(liabilities);
        }

        blocks.Add(new Heading($"{numbers[3]}、签字确认"));
        blocks.Add(new KeepTogether(Signatures(inspection, enterprise.Profile.Name).ToList()));
    }

    /// <summary>The findings under the account and access-log rules, or a line saying there are none of <paramref name="noneFound"/>.</summary>
    public static Block AccountFindings(IEnumerable<ReportFinding> findings, string noneFound)
    {
        var accountFindings = findings.Where(f => AccountRuleIds.Contains(f.RuleId)).ToList();
        return accountFindings.Count == 0 ? NoneFound(noneFound) : Findings(accountFindings);
    }

    /// <summary>Report id, generation time, evidence head and the verification URL, beside the QR code that encodes it.</summary>
    public static Block Verification(ReportIssue issue, DateTimeOffset generatedAt, EvidenceSnapshot evidence) =>
        Verification(
            issue, generatedAt,
            "数据快照 Evidence head：第 " + evidence.HeadSeq.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 条证据",
            "快照哈希 Head hash：" + evidence.HeadHash);

    /// <summary>The verification block with the caller's own two lines naming the data snapshot and its hash.</summary>
    public static Block Verification(ReportIssue issue, DateTimeOffset generatedAt, string snapshotLine, string hashLine) =>
        new QrCodeBlock(issue.VerificationUrl,
        [
            "报告编号 Report ID：" + issue.ReportId,
            "生成时间 Generated：" + ReportFormat.Time(generatedAt),
            snapshotLine,
            hashLine,
            "验证地址 Verify：" + issue.VerificationUrl,
            "扫码或访问验证地址，上传本 PDF 即可核对其 SHA-256 是否与签发时记录的一致。",
        ]);

    public static RiskLevel Badge(DomainRisk risk) => risk switch
    {
        DomainRisk.Low => RiskLevel.Low,
        DomainRisk.Medium => RiskLevel.Medium,
        _ => RiskLevel.High,
    };

    public static Block Profile(EnterpriseReportData data, bool withScale)
    {
        var p = data.Profile;
        var pairs = new List<KeyValuePair<string, Cell>>
        {
            new("企业名称", p.Name),
            new("企业编号（统一社会信用代码/网点编码）", p.EnterpriseId),
            new("企业类型", $"{p.KindChineseName}（{p.KindWireName}）"),
            new("加盟品牌", p.Brand is null ? "无（非加盟）" : $"{BrandName(p.Brand)}（{p.Brand}）"),
            new("所在辖区", $"{p.DivisionName}（{p.DivisionCode}）"),
            new("合规评分", $"{data.Score} / 100"),
            new("风险等级", Cell.Badge(Badge(data.Risk))),
        };
        if (withScale)
        {
            pairs.Add(new("处理个人信息规模", ReportFormat.Count(data.Scale.IndividualsProcessed) + " 人"));
            pairs.Add(new("关键信息基础设施", data.Scale.CriticalInfrastructure ? "是" : "否"));
            pairs.Add(new("网络安全事件报告对象", $"{Domain.Incidents.IncidentReportRoutes.Recipients(data.Scale.Route)}（{ReportFormat.Deadline(data.Scale.IncidentDeadline)}内）"));
        }

        return new KeyValueBlock(pairs, 0.32f);
    }

    public static string BrandName(string brand) => brand.ToUpperInvariant() switch
    {
        "ZTO" => "中通快递",
        "YTO" => "圆通速递",
        "YUNDA" => "韵达速递",
        "STO" => "申通快递",
        "SF" => "顺丰速运",
        "JD" => "京东物流",
        "EMS" => "中国邮政 EMS",
        _ => brand,
    };

    public static Block Inspection(InspectionDetails inspection, InspectionChecklist checklist) =>
        new KeyValueBlock(
        [
            new("检查编号", inspection.InspectionId),
            new("检查单位", inspection.Office),
            new("检查方式", InspectionKinds.ChineseName(inspection.Kind)),
            new("计划日期", ReportFormat.Date(inspection.PlannedOn)),
            new("实施日期", ReportFormat.Date(inspection.PerformedOn)),
            new("检查人员", string.Join("、", inspection.Inspectors)),
            new("检查表", $"{checklist.TitleZh}（{checklist.Version} 版，{checklist.Items.Count} 项）"),
        ],
            0.28f);

    /// <summary>
    /// Every finding with its basis and legal basis; open ones first. 严重程度 (轻度…极高) is the finding's weight, named
    /// apart from the incident grades (一般…特别重大) the same page may print.
    /// </summary>
    public static Block Findings(IEnumerable<ReportFinding> findings) =>
        new Table(
        [
            new("序号", 0.45f, TextAlign.Center),
            new("问题", 2.5f),
            new("性质", 0.7f, TextAlign.Center),
            new("严重程度", 0.7f, TextAlign.Center),
            new("状态", 1.1f),
            new("法律依据", 2.4f),
        ],
            InTableOrder(findings).Select((f, i) => (IReadOnlyList<Cell>)
            [
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{f.TitleZh}（{f.RuleId}）\n{f.Summary}\n数量 {ReportFormat.Count(f.Count)}；证据 {ReportFormat.Seqs(f.EvidenceSeqs)}",
                f.BasisChineseName,
                f.SeverityChineseName,
                f.IsOpen ? $"未整改\n发现于 {ReportFormat.Date(f.OpenedAt)}" : $"已整改\n{ReportFormat.Date(f.OpenedAt)} 至 {ReportFormat.Date(f.ClearedAt!.Value)}",
                f.LegalBasis,
            ]));

    /// <summary>The order of the findings table (open first, most severe first): its numbers are what the liability table refers to.</summary>
    private static List<ReportFinding> InTableOrder(IEnumerable<ReportFinding> findings) =>
        findings.OrderBy(f => f.IsOpen ? 0 : 1).ThenByDescending(f => f.Severity).ToList();

    /// <summary>What 法定义务, 本平台政策 and 风险线索 mean, printed under every findings table.</summary>
    public static Block BasisLegend() => new Paragraph(
        "性质说明：" + string.Join("；", Domain.Compliance.RuleBases.All.Select(Domain.Compliance.RuleBases.Explanation)) + "。",
        TextStyle.Small);

    /// <summary>
    /// For the open findings that are not risk leads: each liability provision applied, with what it provides, beside the
    /// findings (numbered as in the findings table, whose 法律依据 column names the provisions breached) it applies to.
    /// One row per provision keeps a long provision from repeating on every row. Null when there is none.
    /// </summary>
    public static Block? Liabilities(IEnumerable<ReportFinding> findings)
    {
        var numbered = InTableOrder(findings).Select((f, i) => (Finding: f, Number: i + 1)).Where(x => x.Finding.IsOpen && x.Finding.Penalties.Length > 0).ToList();
        var rows = numbered
            .SelectMany(x => x.Finding.Penalties.Split('\n').Select(p => (Provision: p, x.Number, x.Finding)))
            .GroupBy(x => x.Provision, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<Cell>)
            [
                g.Key,
                string.Join("\n", g.Select(x => $"第 {x.Number} 项 {x.Finding.TitleZh}")),
            ])
            .ToList();
        return rows.Count == 0
            ? null
            : new Table(
            [
                new("逾期未改正适用的条款及其规定", 4f),
                new("涉及的问题（违反的条款见上表法律依据栏）", 2.6f),
            ],
                rows);
    }

    public static Block NoneFound(string what) => new Paragraph($"未发现{what}。", TextStyle.Body);

    public static Block Incidents(IEnumerable<ReportIncident> incidents) =>
        new Table(
        [
            new("事件编号", 1.1f, KeepOnOneLine: true),
            new("类型/等级", 1.1f),
            new("影响记录", 0.8f, TextAlign.Right),
            new("发现时间", 1.1f),
            new("报告邮政管理部门", 1.1f),
            new("网络安全事件报告", 1.1f),
            new("通知个人", 1.1f),
            new("状态", 1f),
        ],
            incidents.Select(i => (IReadOnlyList<Cell>)
            [
                i.IncidentId,
                $"{i.KindChineseName}\n{i.GradeChineseName}",
                ReportFormat.Count(i.RecordsAffected),
                ReportFormat.ShortTime(i.DetectedAt),
                ReportFormat.ShortTime(i.ReportedToPostalAt),
                ReportFormat.ShortTime(i.ReportedToCacAt),
                ReportFormat.ShortTime(i.IndividualsNotifiedAt),
                i.Status,
            ]));

    public static Block Checklist(IEnumerable<ChecklistResponse> answers) =>
        new Table(
        [
            new("编号", 1.25f, KeepOnOneLine: true),
            new("检查内容", 3.2f),
            new("结论", 0.6f, TextAlign.Center),
            new("说明", 1.6f),
        ],
            answers.Select(a => (IReadOnlyList<Cell>)
            [
                a.ItemId,
                $"{a.QuestionZh}\n依据：{a.LegalBasis}",
                ChecklistAnswers.ChineseName(a.Answer),
                a.Note ?? string.Empty,
            ]));

    public static Block Orders(IEnumerable<RectificationOrder> orders) =>
        new Table(
        [
            new("通知编号", 1.2f, KeepOnOneLine: true),
            new("整改要求", 3f),
            new("法律依据", 1.9f),
            new("整改期限", 0.95f),
            new("状态", 0.8f),
        ],
            orders.Select(o => (IReadOnlyList<Cell>)
            [
                o.OrderId,
                o.Text,
                o.LegalBasis,
                ReportFormat.Date(o.Deadline),
                o.StatusChineseName,
            ]));

    /// <summary>Lines for handwritten signatures: each inspector, and the enterprise's representative.</summary>
    public static IEnumerable<Block> Signatures(InspectionDetails inspection, string enterpriseName)
    {
        yield return new Paragraph("以上检查情况经双方核对无误。企业对检查结论有异议的，可在收到本报告之日起 5 个工作日内提出书面陈述。", TextStyle.Body);
        yield return new Table(
        [
            new("签字人", 2f),
            new("签字", 2.2f),
            new("日期", 1.3f),
        ],
            inspection.Inspectors.Select(name => (IReadOnlyList<Cell>)[$"检查人员：{name}", "\n\n", "    年   月   日"])
                .Append([$"被检查单位代表（{inspection.EnterpriseRepresentative}）\n{enterpriseName}", "\n\n", "    年   月   日"]));
        yield return new Paragraph($"{inspection.Office}（盖章）", TextStyle.Body, TextAlign.Right);
    }
}
