using System.Globalization;
using CivilAffairsReports.Regions;
using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Corpus;

internal static class CorpusDocumentKinds
{
    public const string Plan = "plan";       // 工作要点: targets of the plan year
    public const string Summary = "summary"; // 工作总结: results of the year before
    public const string Notice = "notice";   // 任务下达通知: the same issuer's targets again, one of them different
}

/// <summary>A figure a correct reader must take from a generated document.</summary>
internal sealed record ExpectedFigure(
    string Document, string RegionCode, string IndicatorId, string Kind, int Year,
    decimal Value, decimal? ValueMax, string Unit, string Measure, string? Qualifier, string AsWritten);

/// <summary>A generated document before damage and encoding: paragraphs, the front matter marked as such.</summary>
internal sealed record ComposedDocument(IReadOnlyList<(string Text, bool IsBody)> Paragraphs, IReadOnlyList<ExpectedFigure> Figures);

/// <summary>
/// Writes plans, summaries and task notices in the forms real ones take: front matter (issuer, 文号, 印发
/// line, date), numbered sections, targets in 、 lists and single clauses, and sentences full of numbers that
/// are not targets (years, 文号, 第N届, “9073”, “1+10+N”, phone numbers, 15 分钟, 每月 20 日).
/// </summary>
internal sealed class DocumentComposer(RegionCatalog regions, GoalAllocation goals, int seed)
{
    private static readonly HashSet<string> Municipalities = ["110000", "120000", "310000", "500000"];

    public ComposedDocument Compose(string fileName, Region region, string kind, int year)
    {
        var random = Rng.For(seed, region.Code, kind, year.ToString(CultureInfo.InvariantCulture), "text");
        var issuer = Issuer(region);
        var scope = Scope(region);
        var paragraphs = new List<(string, bool)>();
        var figures = new List<ExpectedFigure>();
        var figureKind = kind == CorpusDocumentKinds.Summary ? FigureKinds.Actual : FigureKinds.Target;
        var figureYear = kind == CorpusDocumentKinds.Summary ? year - 1 : year;
        var indicators = IndicatorsFor(region);

        void Front(string text) => paragraphs.Add((text, false));
        void Body(string text) => paragraphs.Add((text, true));

        Front(issuer);
        Front(DocumentNumber(region, kind, year, random));
        var planTitle = $"{year}年{region.Name}民政工作要点";
        var issued = new DateOnly(year, random.Next(1, 4), random.Next(1, 29));
        var date = $"{issued.Year}年{issued.Month}月{issued.Day}日";
        var children = regions.ChildrenOf(region.Code);
        var addressees = children.Count > 0 ? $"各{ChildScope(children)}民政局，局机关各处室、各直属单位：" : "各街道办事处、镇人民政府，局机关各科室：";

        switch (kind)
        {
            case CorpusDocumentKinds.Plan:
                Front($"关于印发《{planTitle}》的通知");
                Front(addressees);
                Body($"现将《{planTitle}》印发给你们，请结合实际，认真贯彻落实。");
                Front(date);
                Front(planTitle);
                Body(Preamble(random, scope));
                Front("一、着力推进实施积极应对人口老龄化国家战略，提升养老服务水平");
                Front("（一）高质量完成民心工程和为民办实事项目");
                Body(TargetSentence(fileName, region, indicators.Where(i => !i.IsRate && i.Measure == Measures.New).ToList(), figureKind, figureYear, "target", random, figures, "年内"));
                Body(StockSentence(fileName, region, indicators, year - 1, random, figures, scope));
                Front("（二）持续提升养老服务质量");
                Body(TargetSentence(fileName, region, indicators.Where(i => !i.IsRate && i.Measure != Measures.New).ToList(), figureKind, figureYear, "target", random, figures, "全年"));
                Body(NonTargets(random, region, scope, year));
                Front("二、兜底保障困难群众基本生活");
                Body(RateSentence(fileName, region, indicators.Where(i => i.IsRate).ToList(), figureKind, figureYear, random, figures, scope, year));
                Body(Filler(random));
                break;

            case CorpusDocumentKinds.Summary:
                Front($"{region.Name}民政{year - 1}年工作总结");
                Body($"{year - 1}年，全{scope}民政系统坚持以人民为中心的发展思想，各项工作取得新成效。");
                Front("一、养老服务体系不断完善");
                Body(TargetSentence(fileName, region, indicators.Where(i => !i.IsRate).ToList(), figureKind, figureYear, "actual", random, figures, "全年"));
                Body(NonTargets(random, region, scope, year - 1));
                Front("二、专业照护水平持续提升");
                Body(RateSentence(fileName, region, indicators.Where(i => i.IsRate).ToList(), figureKind, figureYear, random, figures, scope, year - 1));
                break;

            case CorpusDocumentKinds.Notice:
                Front($"{issuer}关于下达{year}年养老服务民心工程和为民办实事项目任务的通知");
                Front(addressees);
                Body($"为做好{year}年全{scope}养老服务民心工程和为民办实事项目，现将年度任务下达如下，请认真组织实施。");
                Front(date);
                Front("一、年度任务");
                // The notice restates the plan's goals; the beds goal is raised, as happens between the two sources.
                Body(TargetSentence(fileName, region, indicators.Where(i => !i.IsRate).ToList(), figureKind, figureYear, "target", random, figures,
                    $"全{scope}", raise: "elderly_care_beds"));
                Front("二、工作要求");
                Body($"各单位于每月20日前报送进展情况，联系电话：{Phone(random)}。请对照“9073”养老服务格局，于{year}年12月底前全面完成。");
                break;
        }
        return new ComposedDocument(paragraphs, figures);
    }

    /// <summary>Additive indicators with a non-zero part and the region's rates, in a per-province choice.</summary>
    public List<CorpusIndicator> IndicatorsFor(Region region)
    {
        var random = Rng.For(seed, region.ProvinceCode, "indicators");
        // Each province's plans speak of the same dozen indicators, so parents and children share them.
        return CorpusIndicators.All
            .Select(i => (Indicator: i, Draw: random.Next(100)))
            .Where(p => p.Draw < 70 || p.Indicator.Id is "elderly_care_beds" or "caregiver_certification_rate")
            .Select(p => p.Indicator)
            .Where(i => goals.Applies(region, i))
            .ToList();
    }

    private string TargetSentence(string fileName, Region region, List<CorpusIndicator> indicators, string kind, int year, string salt,
        Random random, List<ExpectedFigure> figures, string opener, string? raise = null)
    {
        var parts = new List<(CorpusIndicator Indicator, int Value)>();
        foreach (var indicator in indicators)
        {
            var value = goals.Goal(region, indicator, salt);
            if (indicator.Id == raise) value += Math.Max(1, value / 10);
            if (value > 0) parts.Add((indicator, value));
        }
        if (parts.Count == 0) return $"{opener}各项工作稳步推进。";

        var clauses = new List<string>();
        var index = 0;
        // A 、 list under one 新增 first (the verb distributes over it), as plans write their headline goals.
        var listable = parts.TakeWhile(p => p.Indicator.ListItem is not null && p.Indicator.Measure == Measures.New).Take(4).ToList();
        if (listable.Count >= 2 && random.Next(2) == 0)
        {
            var items = listable.Select(p =>
            {
                var q = QuantityWriter.Write(random, p.Value, p.Indicator.Counter);
                var written = p.Indicator.ListItem!.Replace("{q}", q.Text);
                figures.Add(Expected(fileName, region, p.Indicator, kind, year, q, written));
                return written;
            });
            clauses.Add("新增" + string.Join("、", items));
            index = listable.Count;
        }
        foreach (var (indicator, value) in parts.Skip(index))
        {
            var q = QuantityWriter.Write(random, value, indicator.Counter);
            var phrasing = indicator.Phrasings[random.Next(indicator.Phrasings.Length)];
            var written = phrasing.Replace("{q}", q.Text).Replace("{scope}", Scope(region));
            figures.Add(Expected(fileName, region, indicator, kind, year, q, written));
            clauses.Add(written);
        }
        return opener + string.Join("，", clauses) + "。";
    }

    /// <summary>
    /// A result inside a plan, with no 工作总结 heading above it: "截至2024年底，全市已累计建成社区长者食堂 120 家".
    /// The text says it happened, so it is an actual of that year (a cumulative stock), not a target. One plan in three.
    /// </summary>
    private string StockSentence(string fileName, Region region, List<CorpusIndicator> indicators, int year, Random random,
        List<ExpectedFigure> figures, string scope)
    {
        var stocked = indicators.Where(i => i.StockName is not null).ToList();
        if (stocked.Count == 0 || random.Next(3) != 0) return "坚持尽力而为、量力而行，推动养老服务提质扩容。";
        var indicator = stocked[random.Next(stocked.Count)];
        var stock = goals.Goal(region, indicator, "stock") * 4; // the stock is a few years' additions
        var q = QuantityWriter.Write(random, stock, indicator.Counter, allowRange: false);
        var written = $"已累计建成{indicator.StockName}{q.Text}";
        figures.Add(new ExpectedFigure(fileName, region.Code, indicator.Id, FigureKinds.Actual, year, q.Value, q.ValueMax,
            indicator.Unit, Measures.Cumulative, q.Qualifier, written));
        return $"截至{year}年底，全{scope}{written}。";
    }

    private string RateSentence(string fileName, Region region, List<CorpusIndicator> rates, string kind, int year, Random random,
        List<ExpectedFigure> figures, string scope, int yearWritten)
    {
        var clauses = new List<string>();
        foreach (var indicator in rates)
        {
            var q = QuantityWriter.WritePercent(random, goals.Rate(region, indicator, kind));
            var phrasing = indicator.Phrasings[random.Next(indicator.Phrasings.Length)];
            var written = phrasing.Replace("{q}", q.Text).Replace("{scope}", scope);
            figures.Add(Expected(fileName, region, indicator, kind, year, q, written));
            clauses.Add(written);
        }
        // A year in the same sentence is a non-target the reader must leave alone.
        return clauses.Count == 0 ? "强化兜底保障，织密扎牢民生保障网。" : $"到{yearWritten}年底，" + string.Join("，", clauses) + "。";
    }

    private static ExpectedFigure Expected(string fileName, Region region, CorpusIndicator indicator, string kind, int year,
        WrittenQuantity q, string written) =>
        new(fileName, region.Code, indicator.Id, kind, year, q.Value, q.ValueMax, indicator.Unit, indicator.Measure, q.Qualifier, written);

    private static string Preamble(Random random, string scope) => random.Next(2) == 0
        ? $"坚持以习近平新时代中国特色社会主义思想为引领，全面贯彻落实党的二十大和二十届三中全会精神，深入学习贯彻第十五次全国民政会议精神，推动全{scope}民政事业高质量发展。"
        : $"全{scope}民政系统要坚持稳中求进工作总基调，聚焦“一老一小”，全面完成“十四五”目标任务，精心谋划“十五五”发展蓝图。";

    /// <summary>Numbers that are never targets, in sentences without a catalog indicator.</summary>
    private static string NonTargets(Random random, Region region, string scope, int year)
    {
        string[] pool =
        [
            $"全面落实“9073”养老服务格局，完善“1+{random.Next(8, 20)}+N”服务体系。",
            $"开通“12349”民政服务热线，联系电话：{Phone(random)}。",
            $"举办第{random.Next(3, 20)}届全{scope}养老护理职业技能竞赛。",
            $"落实《{region.Name}养老服务体系建设规划（{year - 1}—{year + 1}年）》。",
            $"构建“15分钟养老服务圈”，完善24小时应急响应机制。",
            $"各单位于每月{random.Next(5, 26)}日前报送工作进展，热线电话{random.Next(2, 9)}{random.Next(1_000_000, 9_999_999)}。",
            $"{year}年是“十四五”规划收官之年，要统筹推进各项重点改革任务。",
        ];
        var chosen = pool.OrderBy(_ => random.Next()).Take(3);
        return string.Concat(chosen);
    }

    private static string Filler(Random random) => random.Next(2) == 0
        ? "健全分层分类社会救助体系，加强低收入人口动态监测，做好困难群众基本生活保障工作。"
        : "深化社区救助顾问队伍建设，推进服务类社会救助试点，提升救助帮扶精准度。";

    private static string Phone(Random random) => $"0{random.Next(10, 999)}-{random.Next(10_000_000, 99_999_999)}";

    /// <summary>The bureau as it signs: 浙江省民政局, 杭州市民政局, 杭州市西湖区民政局, 上海市青浦区民政局.</summary>
    public string Issuer(Region region)
    {
        if (region.Level != Region.County || region.ParentCode is null) return region.Name + "民政局";
        var parent = regions.Find(region.ParentCode);
        var prefix = parent is null || (parent.Level == Region.Province && !Municipalities.Contains(parent.Code)) ? "" : parent.Name;
        return prefix + region.Name + "民政局";
    }

    /// <summary>The word plans use for "the whole region": 全省, 全市, 全区, 全县, 全州, 全旗.</summary>
    private static string Scope(Region region) => region.Name[^1].ToString();

    private static string ChildScope(IReadOnlyList<Region> children) =>
        children.GroupBy(c => c.Name[^1]).OrderByDescending(g => g.Count()).First().Key.ToString();

    private static readonly Dictionary<string, string> ProvinceAbbreviations = new()
    {
        ["11"] = "京", ["12"] = "津", ["13"] = "冀", ["14"] = "晋", ["15"] = "内", ["21"] = "辽", ["22"] = "吉", ["23"] = "黑",
        ["31"] = "沪", ["32"] = "苏", ["33"] = "浙", ["34"] = "皖", ["35"] = "闽", ["36"] = "赣", ["37"] = "鲁", ["41"] = "豫",
        ["42"] = "鄂", ["43"] = "湘", ["44"] = "粤", ["45"] = "桂", ["46"] = "琼", ["50"] = "渝", ["51"] = "川", ["52"] = "黔",
        ["53"] = "云", ["54"] = "藏", ["61"] = "陕", ["62"] = "甘", ["63"] = "青", ["64"] = "宁", ["65"] = "新",
    };

    private static string DocumentNumber(Region region, string kind, int year, Random random)
    {
        var stem = region.Level == Region.Province ? ProvinceAbbreviations.GetValueOrDefault(region.Code[..2], "民") : region.Name[..1];
        var office = kind == CorpusDocumentKinds.Notice ? "民养老发" : "民发";
        var space = random.Next(3) == 0 ? " " : "";
        return $"{stem}{office}〔{year}〕{random.Next(1, 60)}{space}号";
    }
}
