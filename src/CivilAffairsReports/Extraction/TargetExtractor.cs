using CivilAffairsReports.Documents;
using System.Buffers;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// Finds every quantified figure in a normalised work-plan text and ties it to a catalog indicator.
/// Number first: every number is scanned, non-targets are set aside with a reason, the rest are matched
/// to the indicator named in the same list item (head noun after the number, else the noun before it,
/// else the nearest one earlier in the sentence) and to the verb that says what they measure.
/// </summary>
internal sealed partial class TargetExtractor(IndicatorCatalog catalog)
{
    public const string NoIndicatorReason = "未匹配指标";
    public const string UnitMismatchReason = "单位与指标不符";
    public const string NoTargetVerbReason = "无目标动词";
    public const string UncataloguedReason = "疑似目标，目录中无此指标";

    // Verbs that make a number a target (or, in a work summary, a result); longest first within each measure.
    private static readonly (string Cue, string Measure)[] MeasureCues =
    [
        ("累计", Measures.Cumulative), ("总数", Measures.Cumulative), ("总量", Measures.Cumulative),
        ("新增覆盖", Measures.New),
        ("升级改造", Measures.Conversion), ("改扩建", Measures.Conversion), ("提质增能", Measures.Conversion), ("改造", Measures.Conversion), ("改建", Measures.Conversion), ("升级", Measures.Conversion),
        // 改(扩)建 / 新(改、扩)建 / 新(改)建: building again or anew, read as new (before 改建 and 建设 could claim it).
        ("扩)建", Measures.New), ("扩）建", Measures.New), ("改)建", Measures.New), ("改）建", Measures.New),
        ("新增", Measures.New), ("新建", Measures.New), ("新推广", Measures.New), ("建成", Measures.New),
        ("覆盖", Measures.Coverage),
        ("建设", Measures.New), ("培训", Measures.New), ("培养", Measures.New), ("培育", Measures.New),
        ("安装", Measures.New), ("推广", Measures.New), ("完成", Measures.New), ("提供", Measures.New),
        ("开展", Measures.New), ("发展", Measures.New), ("打造", Measures.New), ("设立", Measures.New), ("设置", Measures.New), ("创建", Measures.New), ("认定", Measures.New),
        ("实现", Measures.New), ("达到", Measures.New), ("提高至", Measures.New), ("提高到", Measures.New), ("达", Measures.New),
        // 再建至少40个 / 低保补助将调整至每月700元 / 由607元调整为635元: building more, and a standard moved to a new level.
        ("再建", Measures.New), ("调整至", Measures.New), ("调整为", Measures.New), ("调整到", Measures.New), ("上调至", Measures.New),
        ("上调到", Measures.New), ("上调为", Measures.New), ("提高为", Measures.New),
        // 修建人行天桥及地下通道10处 / 兴建敬老院3所: building, as 新建 is.
        ("修建", Measures.New), ("兴建", Measures.New),
    ];

    // One vectorised scan tells whether a span holds any cue at all (most do not); the list's order then picks the measure.
    private static readonly SearchValues<string> AnyMeasureCue = SearchValues.Create([.. MeasureCues.Select(c => c.Cue)], StringComparison.Ordinal);

    private static readonly HashSet<string> CountableUnits = ["张", "名", "户", "家", "个", "人", "所", "处", "座", "台"];

    // 2024年工作总结 / 【回顾2021年】: a heading over the year's results.
    [GeneratedRegex(@"^\D{0,16}?(?<year>\d{4})\s*年(度)?\s*(工作)?(总结|回顾)$|^[【\[]?(?:回顾|回望|回眸|盘点)(?<year>\d{4})\s*年?(?:工作)?[】\]]?$")]
    private static partial Regex SummaryHeading();

    // "2013年十件惠民实事主要安排" heads the year's list in news that also reports the year before.
    [GeneratedRegex(@"^\D{0,16}?(?<year>\d{4})\s*年.{0,16}(工作要点|重点工作|工作安排|主要任务|工作计划|工作打算|工作思路|主要安排)")]
    private static partial Regex PlanHeading();

    [GeneratedRegex(@"^[^，,。]{0,20}(?:通报|通知|报告|公告|情况)$")]
    private static partial Regex BrokenTitleEnd();

    // …工作总结 / 上半年工作汇报 / 殡葬改革工作汇报 / 开展情况报告 / 福利彩票公益金使用情况公告: a title reporting work done; 回望2023 / 盘点2024年 /
    // “数”说2020 / 书写幸福答卷——2023年西藏阿里地区民政工作回眸: a headline looking back on a year.
    [GeneratedRegex(@"^[^，,。；]{0,20}?(工作总结|年度总结|年终总结|半年总结|工作回顾|总结报告|工作综述|工作汇报|情况汇报|情况报告|使用情况(?:的)?公告)|^(?:回望|回眸|回顾|盘点|[“""]?数[”""]?说|数读)[·:：\s]*20\d{2}(?![\d\-—–~～至到])|20\d{2}年[^，,。；]{0,16}(?:工作回眸|工作回顾|工作综述)$")]
    private static partial Regex SummaryTitle();

    [GeneratedRegex(@"^(?:(?!\d{4}).)*?总结(?:和|及|暨|与)(?<year>20\d{2})\s*年[^，,。]{0,8}(?:计划|打算|安排|思路|要点)")]
    private static partial Regex SummaryThenPlanYear();

    [GeneratedRegex(@"(?:计划|打算|安排|思路|要点)(?:和|及|暨|与)(?<year>20\d{2})\s*年度?[^，,。\d]{0,8}总结")]
    private static partial Regex PlanThenSummaryYear();

    [GeneratedRegex(@"《[^《》]*》")]
    private static partial Regex BookTitle();

    // "2025民政事业工作综述" / "回顾2015": a title may open with its year, or the year it looks back on, and no 年.
    [GeneratedRegex(@"^(?:(?:回望|回眸|回顾|盘点)[·:：\s]*)?(20\d{2})(?![\d\-—.年/])")]
    private static partial Regex TitleYear();

    // 《中山年鉴·2020》 / 中山年鉴编纂委员会: a yearbook's entry reports the year that was.
    [GeneratedRegex(@"年鉴")]
    private static partial Regex YearbookSource();

    // A year the line is of: not one set against (创2008年后的历史新高, 比2021年) or one a period starts from (自2015年以来,
    // 2020年12月以来).
    [GeneratedRegex(@"(?<![创比较与自从])(\d{4})\s*年(?!以来|以后|后的|之后|\s*\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?以来)")]
    private static partial Regex YearInLine();

    // 我市2018年一季度殡葬改革工作稳步推进 / 民政民生工程和民生实事有序推进: a headline reporting how work went.
    [GeneratedRegex(@"(?:[一二三四]季度|第[一二三四]季度|上半年|前三季度|\d{1,2}[-—至]\d{1,2}月).{0,20}(?:稳步推进|进展顺利|有序推进|扎实推进|顺利推进|加快推进|成效|取得|完成情况|进展情况|落实情况)|^[^，,。；;：:]{2,36}(?:稳步推进|进展顺利|有序推进|顺利推进|成效明显|成效显著|取得实效|取得(?:新|明显|积极|显著)成效)$")]
    private static partial Regex PeriodProgressTitle();

    [GeneratedRegex(@"序号|计划|目标|要点|任务")]
    private static partial Regex PlanWords();

    // 一、城乡低保工作开展情况 / 二、社会救助工作完成情况 / （三）工作成效 / (二)为民办实事考核指标完成情况。: a heading over
    // what happened.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])?[^，,。；;：:]{0,28}(?:开展情况|完成情况|进展情况|落实情况|推进情况|实施情况|执行情况|工作成效|主要成绩|主要成效|取得的成效|取得的成绩|主要工作情况|做法和成效|做法及成效|工作总结|工作回顾|工作情况)[：:。]?$")]
    private static partial Regex ResultHeading();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[^，,。；;：:]{2,28}[。：:]")]
    private static partial Regex RunInHeading();

    // 一、“十二五”民生福利发展基础 / （一）发展现状: a plan's account of where it starts, the results of the period before it (not a
    // headline's 改善基础设施 夯实发展基础).
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?[^，,。；;：:]{0,16}(?<!夯实|筑牢|打牢|奠定|打下|巩固|厚植|夯|筑)(?:发展基础|发展现状|现状与基础|基础与现状|基础和现状|现实基础|工作基础)[：:]?$")]
    private static partial Regex StartingPointHeading();

    // 二、下半年工作计划 / 下一步工作打算 / 明年工作思路: a heading over what is planned, with no year of its own.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])?[^，,。；;：:]{0,12}?(?<when>下半年|明年|下年|下一年|下一年度|下步|下一步|今后)[^，,。；;：:]{0,10}(?:工作计划|工作打算|工作安排|工作思路|工作重点|重点工作|计划|打算|安排|思路)[：:]?$")]
    private static partial Regex NextPlanHeading();

    // 现将全年工作情况总结如下 / 现将相关情况汇报如下 / 在…例行新闻发布会上表示 / 记者从市民政局获悉: what follows reports what
    // happened.
    // 现将市民政局自查情况报告如下: a self-inspection report to a people's congress reports what was done. (Not a press
    // conference that 介绍提高…标准有关情况: it announces a measure.)
    // 全省民政工作会议8日召开。据悉，2024年… / …工作会议在北京召开。会议总结2017年工作… / 会上,总结了重庆市2020年和“十三五”民政工作。:
    // news of a work meeting reports the year it reviews (unless it says 将); so does a government report's news (报告中，…首先回顾了2018年工作), unless the sentence goes on to the next year's plan (…并对2026年…作出部署).
    [GeneratedRegex(@"现将[^。]{0,30}(总结|完成情况|自查情况|工作情况|落实情况|实施情况|执行情况|进展情况)[^。]{0,6}(如下|汇报如下|报告如下)|现将[^。]{0,30}情况(?:汇报|报告)如下|(?:现|具体)(?:总结|汇报)如下|(?:新闻发布会|吹风会|发布会)[^。]{0,40}?(?:。[^。]{0,24}?)?(?:表示|介绍|通报|宣布)(?!提高|调整|出台|印发|实施|启动)|记者[^。，,]{0,20}(?:获悉|了解到)|^[^。，,]{0,30}?(?:\d{1,2}月\d{1,2}日|今天|今日|近日|日前)[，,\s]*[^。，,]{2,20}消息称?[，,]|(?:工作会议|工作会)[^。]{0,20}召开。(?:据悉[，,]|会议(?:总结|回顾|指出|认为))|^会上[，,]?(?:总结|回顾)了?[^。]{0,12}20\d{2}年|报告中[，,]?[^。，,]{0,12}?回顾了?[^。，,]{0,6}20\d{2}年(?![^。]*(?:部署|计划|打算|安排))")]
    private static partial Regex SummaryOpening();

    // …2021年确定实施…实事 / 苏州市政府今天公布2010年十大实事项目 (not 公布了2012年实事项目完成情况).
    [GeneratedRegex(@"(?:(?<year>20\d{2})年)?[^。，,]{0,6}(?:确定实施|确定了|正式确定|敲定|票决产生|出炉)[^。]{0,20}实事|(?:公布|发布)了?(?<year>20\d{2})年[^。，,]{0,12}实事(?:项目)?(?![^。，,]{0,6}(?:完成|进展|情况|成效|成果))")]
    private static partial Regex SettledList();

    // The news opening's own sentence says the bureau will do something: 获悉，今年我市将… / 表示，2024年将… (not 介绍，“十四五”以来，
    // …将群众的期盼落在实处, a review); or that this year's list of tasks was settled: 获悉，今年，省政府2025年10件惠民实事正式确定,
    // 获悉，…确定今年继续为群众集中力量办好十件民生实事,
    // 获悉，…经代表票决，通过了区人民政府2025年为民办实事项目.
    [GeneratedRegex(@"(?:获悉|了解到|表示|介绍|据悉|宣布)[，,：:]?(?:(?!以来)[^。；;]){0,30}?(?:(?<year>20\d{2})年|今年|明年)?(?:(?!以来)[^。；;]){0,16}?(?:(?<!即)(?:将|拟|计划|力争|争取(?!上级|资金|中央|省))(?!近|于\d)|(?:实事|实事项目)[^。；;，,]{0,4}(?:正式确定|确定|出炉|敲定|票决产生)|确定(?:今年|明年)[^。；;]{0,24}实事)|(?:获悉|了解到|据悉)[，,：:]?[^。；;]{0,60}?通过了?[^。；;\d]{0,16}(?:(?<year>20\d{2})年)?[^。；;]{0,12}?实事")]
    private static partial Regex PlanNewsOpening();

    public ExtractionResult Extract(string text, int documentYear)
    {
        text = ListMarkers(text);
        var aliases = catalog.FindAliases(text);
        var protectedSpans = NonTargetRules.ProtectedSpans(text);
        var quantities = QuantityScanner.Scan(text);
        var sections = Sections(text, quantities, documentYear, out var progressReport);
        var tableRows = TableRows(text);
        var reachedDates = ReportingRules.ReachedDateSentences(text);
        var tasksBeforeResults = TasksBeforeResultLabels(text);
        var skipped = new List<SkippedNumber>();
        // A 民政统计季报's rows are read whole (name | unit | value); their numbers are not read again below.
        var statisticsRows = new List<TextSpan>();
        var figures = StatisticsTables.Read(text, catalog, documentYear, statisticsRows);
        // A plan's table of main indicators (… | 2025年 | 属性) likewise, row by row.
        figures.AddRange(PlanIndicatorTables.Read(text, catalog, documentYear, statisticsRows));
        // And a table of indicators by year (… | 2005年 | 2010年 | 年均增长(%)), saved a cell per line.
        figures.AddRange(YearColumnTables.Read(text, catalog, documentYear, statisticsRows));
        // And a progress table of target and done columns (… | 工作目标 | 已完成数 | 占比), cells spaced apart.
        figures.AddRange(ProgressColumnTables.Read(text, catalog, documentYear, statisticsRows));

        (int End, string? Unit, AliasHit? Hit) previous = (-1, null, null);
        var titleEnd = TitleEnd(text);
        foreach (var scanned in quantities)
        {
            var q = scanned;
            if (statisticsRows.Count > 0 && statisticsRows.Any(row => row.Start <= q.Start && q.Start < row.End)) continue;
            // A number read across a boundary (a table cell per line, damaged text) reaches past the span it starts in:
            // each span is taken to hold the whole number, so that every rule below sees what follows it.
            var item = Holding(Enclosing(text, q.Start, IsItemBoundary), q);
            var clause = Holding(Enclosing(text, q.Start, IsClauseBoundary), q);
            var sentence = Holding(Enclosing(text, q.Start, IsSentenceBoundary), q);
            string Context() => text[sentence.Start..sentence.End].Trim();

            // Every rule below looks inside the number's sentence only: hand it that sentence's names, not the document's.
            var local = Within(aliases, sentence);
            var rejection = NonTargetRules.Reason(text, q, protectedSpans) ?? ReportingRules.Reason(text, q, item, clause, local);
            // "其中保华镇2户10人" under a 开展情况 heading: a place's share of a result is a result of its own; a place's share
            // of a target (金秋钱塘老年公寓40张 in a plan's list) is not a figure.
            // The part of the text the number is in, found once for every rule below.
            var section = SectionAt(sections, q.Start);
            // "1 | 新增4000张养老床位 | 4385 | 110% |": a bare number alone in a table's result column counts what the row's
            // task cell counts, as a result.
            if (q.Unit is null && !q.HasMagnitude && !q.IsChineseNumeral && tableRows.Count > 0 && IsBareCell(text, q)
                && ColumnKind(text, tableRows, q.Start) == FigureKinds.Actual && RowTask(text, tableRows, figures, q) is { } task)
            {
                figures.Add(task with
                {
                    Kind = FigureKinds.Actual, Value = q.Value, ValueMax = q.ValueMax, Qualifier = q.Qualifier,
                    ValueStart = q.Start, ValueEnd = q.End, ValueText = q.Text(text),
                });
                continue;
            }
            if (rejection == ReportingRules.BreakdownReason && section.Kind == FigureKinds.Actual
                && (tableRows.Count == 0 || ColumnKind(text, tableRows, q.Start) is null or FigureKinds.Actual)) rejection = null;
            if (rejection is not null)
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, rejection, false, Context()));
                continue;
            }

            // "分别惠及3657万、548.7万、96.7万、515.1万老年人": magnitudes of a list that ends in people count people.
            if (q.Unit is null && q.HasMagnitude && PeopleListAfter().Match(text, q.End) is { Success: true } peopleList
                && PeopleAfter().IsMatch(text, q.End + peopleList.Length)) q = q with { Unit = "人" };
            // "中央彩票公益金1000万" / "专项债券1300万": a magnitude right after a name of money counts 万元 / 亿元, as written.
            if (q.Unit is null && q.HasMagnitude && MoneyBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start)))
            {
                var magnitude = text.IndexOfAny(['万', '亿'], q.NumberEnd, q.End - q.NumberEnd);
                if (magnitude >= 0)
                {
                    var (divisor, money) = text[magnitude] == '亿' ? (100_000_000m, "亿元") : (10_000m, "万元");
                    q = q with { Value = q.Value / divisor, ValueMax = q.ValueMax / divisor, Unit = money };
                }
            }
            string? listedName = null;
            var (hit, unit, mismatch) = Respectively(text, local, quantities, q, sentence) is { } paired
                ? (paired, paired.Indicator.CanonicalUnit(q.Unit), false)
                : RespectivelyByName(text, local, quantities, q, sentence, out listedName) is { } byName
                    ? (byName, byName.Indicator.CanonicalUnit(q.Unit), false)
                    : listedName is not null ? (null, null, false)
                    : ChooseIndicator(text, local, q, item, sentence);
            if (hit is null && Composed(text, aliases, local, q, item) is { } composed)
                (hit, unit, mismatch) = (composed, composed.Indicator.CanonicalUnit(q.Unit), false);
            // A row of a task-and-progress table: "新增30家…居家养老服务照料中心。区民政局目前已完成5家建设任务。累计完成21家。":
            // a bare count in the progress cells takes the one thing the row's task names.
            if (hit is null && listedName is null && !mismatch && section.RowProgress
                && LineIndicator(text, aliases, q, item, sentence) is { } named)
                (hit, unit) = (named, named.Indicator.CanonicalUnit(q.Unit));
            // "(一)城市低保标准:由每人每月600元提高到620元": a line's short label before its colon names what its figures are,
            // when nothing in the number's own item does.
            if (hit is null && listedName is null && LabelIndicator(text, aliases, q) is { } labelled)
                (hit, unit) = (labelled, labelled.Indicator.CanonicalUnit(q.Unit));
            // "城镇低保共99户…，全年发放资金493284元": money of no name of its own is the fund of the roll its sentence counts.
            // "临时救助2042人次180.64万元": money written right after the count of a roll is that roll's fund too.
            // "发放农村低保金4461户7153人3057.63万元，城市低保金659户914人580.86万元": the fund handed out, then the households
            // and people it reached and its sum.
            if (hit is null && FundThenCounts().Match(text, clause.Start, q.Start - clause.Start) is { Success: true } handed
                && FundAndRoll(text, handed.Groups["fund"], q) is { } reached)
                (hit, unit) = (reached, reached.Indicator.CanonicalUnit(q.Unit));
            if (hit is null && q.Unit is "元" or "万元" or "亿元" && (GenericFund().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start))
                                                                     || CountJustBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start)))
                && FundOfRoll(text, local, q, sentence) is { } fund)
                (hit, unit) = (fund, fund.Indicator.CanonicalUnit(q.Unit));
            // "两项补贴…分别惠及1.2万名困难残疾人和3.8万名重度残疾人": people named next to the number compose with the subsidy
            // their sentence names (两项补贴 names both) into the catalog's name (困难残疾人 + 生活补贴).
            if (hit is null && q.Unit is "人" or "名" or "人次" && text.IndexOf("补贴", sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal) >= 0
                && BeneficiariesOfSubsidy(text, q, sentence, q.Unit) is { } beneficiaries)
                (hit, unit) = (beneficiaries, beneficiaries.Indicator.CanonicalUnit(q.Unit));
            // "救助资金25380元" under 二、临时救助工作开展情况: a generic name composes with the subject its heading reports on.
            if (hit is { } generic && section.Subject is { } subject
                && WithSubject(text, generic, subject, q.Unit) is { } specific)
                (hit, unit) = (specific, specific.Indicator.CanonicalUnit(q.Unit));
            // "取消农村低保99户157人" / "调出城乡低保4025人" / "退出374户": a count taken off a roll is not the roll's figure.
            if (hit is not null && RemovalBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start))) (hit, unit) = (null, null);
            // "城市低保 6639 户、13228 人" / "8957户24835人": the people of the households just counted count the same thing.
            if (q.Unit is "人" or "名" && previous.Unit == "户" && PairGap().IsMatch(text[previous.End..q.Start]))
            {
                if (previous.Hit is { } same && same.Indicator.CanonicalUnit(q.Unit) is { } u) (hit, unit) = (same, u);
                // "共有647户、2240人享受最低生活保障": the roll named after the people is the households' too.
                else if (hit is { } roll && roll.Start > q.End && ReceivesBetween().IsMatch(text.AsSpan(q.End, roll.Start - q.End)) && figures.Count > 0 && figures[^1] is { IsUncatalogued: true } households
                         && households.ValueEnd == previous.End && roll.Indicator.CanonicalUnit("户") is { } householdUnit)
                {
                    figures[^1] = households with { Indicator = roll.Indicator, Unit = householdUnit };
                    if (skipped.Count > 0 && skipped[^1].End == previous.End) skipped.RemoveAt(skipped.Count - 1);
                }
                else (hit, unit) = (null, null);
            }
            previous = (q.End, q.Unit, hit);
            // "全区共有低保对象4966户6535人，其中农村低保4497户5919人，城镇低保469户616人": the rural and urban shares of a
            // total the sentence has just counted are its breakdown, not figures of their own.
            if (hit is { } part && UrbanRuralShare(text, q, clause, sentence, figures, part.Indicator))
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, ReportingRules.BreakdownReason, false, Context()));
                continue;
            }
            // "新增社区老年人助餐点、老年人日间照料中心10个" / "享受残疾人生活补贴和护理补贴 4414 人": one count of two things.
            string? compound = null;
            if (hit is { } h && h.End <= q.Start && JointCount(text, h, q, item, clause) is { } joint) (hit, unit, compound) = (null, null, joint);
            // "每千名老年人拥有养老床位数35张": a ratio per N people is not the count its noun names; the catalog's per-N names
            // (每万名老年人拥有养老床位) start with 每 themselves.
            if (hit is { } ratioOf && text[ratioOf.Start] != '每' && text.IndexOf('每', item.Start, q.Start - item.Start) >= 0
                && PerPeople().Match(text, item.Start, q.Start - item.Start) is { Success: true } per)
                (hit, unit, compound) = (null, null, Clip(text[per.Index..q.Start].Trim()));
            var measure = FindMeasure(text, item, clause, sentence, local)
                          // "由每人每年1400元增加到1540元" / "统一调至月人均660元": the new level a standard is raised to.
                          ?? (q.Unit == "元" && NewLevelBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start)) ? Measures.New : null);
            // "*366张养老床位" / "100个农村睦邻互助点" as a line of a plan's list: a count and its noun alone are a task.
            if (measure is null && section.Kind == FigureKinds.Target && q.Unit is { Length: > 0 } && BareCountLine(text, q)) measure = Measures.New;
            // "免除费用标准每具90元" / "最高免除480元": money a standard sets per case, or its cap, is a rate.
            if (measure is null && q.Unit == "元" && StandardMoneyBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start))) measure = Measures.Rate;
            var column = tableRows.Count == 0 ? null : ColumnKind(text, tableRows, q.Start);
            // "400户适老化改造正在施工，9月底前完成" in a progress column: not done yet, neither target nor result.
            if (column == FigureKinds.Actual && InProgress().IsMatch(text[clause.Start..clause.End]))
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, InProgressReason, false, Context()));
                continue;
            }
            // "2024年全市计划新增村级养老服务站64个,目前已完成54家" in a progress column: the row's task said again.
            if (column == FigureKinds.Actual && text.AsSpan(clause.Start, q.Start - clause.Start).Contains("计划", StringComparison.Ordinal)
                && RowTargets(tableRows, figures, q.Start).Any(t => t.Value == q.Value))
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, RestatedTaskReason, false, Context()));
                continue;
            }
            var (kind, year) = ReportingRules.KindAndYear(text, q, item, clause, sentence, section.Kind, section.Year, documentYear, column, reachedDates);
            // "15个农村幸福院建设已完成8个(53%)": the count before 已完成 and another of the same counter is the task.
            if (kind == FigureKinds.Actual && q.Unit is { Length: > 0 } && DoneOfTask().Match(text, q.End) is { Success: true } done
                && (done.Groups["unit"].Value.StartsWith(q.Unit, StringComparison.Ordinal) || q.Unit.StartsWith(done.Groups["unit"].Value, StringComparison.Ordinal)))
                (kind, measure) = (FigureKinds.Target, measure ?? Measures.New); // the verb after 已 is the task's own
            // "“新增30个老年人示范睦邻点；新建10家老年人助餐点”这几项任务已经超额完成": tasks quoted, then said done, are the
            // targets; their results are not given.
            if (kind == FigureKinds.Actual && QuotedTasksDone(text, q)) kind = FigureKinds.Target;
            // "贵州十件民生实事包括建设100所公办幼儿园、…" / "主要内容包括建设900床综合医院": tasks listed as what the 实事 or the
            // works are, are the targets, unless their clause says it happened (民生实事包括落实…政策措施,已对16家…给予补助).
            if (kind == FigureKinds.Actual && TasksListed(text, q, sentence, clause)) kind = FigureKinds.Target;
            // "新增婴幼儿托位460个、…。目前，鼓励…；开展…培训150人次。" in a progress report: a paragraph that states its task
            // first and then reports from 目前 on; the first sentence is the task.
            if (kind == FigureKinds.Actual && progressReport && column is null && TaskBeforeProgress(text, q, sentence)) kind = FigureKinds.Target;
            // "1.全年开展职业技能培训4.7万人次以上 / 责任单位:… / 完成情况:全市开展…10万人次": each task, then its 完成情况.
            // (Under a 目标任务: label, 完成 is the task's verb; elsewhere "13月完成投资2513万元" is done.)
            if (kind == FigureKinds.Actual && column is null && tasksBeforeResults.Any(t => t.Start <= q.Start && q.Start < t.End)
                && !HappenedInSentence().IsMatch(text.AsSpan(clause.Start, clause.End - clause.Start))
                && (!text.AsSpan(clause.Start, q.Start - clause.Start).Contains("完成", StringComparison.Ordinal) || TaskLabelLine(text, q.Start))) kind = FigureKinds.Target;
            // "“四好农村路”建设养护工程11公里5月份开工" in a report: a task yet to start. (One under way, "16个居委会正在施工中",
            // is the progress of a task, a result.)
            if (kind == FigureKinds.Actual && NotDoneAfter().IsMatch(text, q.End)) kind = FigureKinds.Target;
            // "某县122个农村幸福院全面建成" as the headline, then "…122个农村幸福院全部建成" in the body: one figure, the body's.
            if (q.End <= titleEnd && RestatedAfter(text, q, titleEnd))
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, HeadlineReason, false, Context()));
                continue;
            }
            // "对 198 家养老机构开展等级评定" in a plan: the objects of an activity, not facilities to build.
            if (kind == FigureKinds.Target && ReportingRules.IsObjectOfActivity(text, q, item))
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, ReportingRules.ObjectReason, false, Context()));
                continue;
            }
            if (hit is null)
            {
                // Chinese numerals with no indicator are mostly slogans (四个意识, 两个确立): not worth a reviewer's time,
                // unless they count facilities or people a verb builds or reports ("打造…两个示范性睦邻点", "一百二十家").
                if (q.IsChineseNumeral && !ChineseFigure(text, q, item, clause, measure, kind)) continue;
                // "惠及870万残疾人": a magnitude with a noun of people and no counter counts people.
                // "新增受益人口40万": a magnitude right after a count of people's name counts people too.
                if (q.Unit is null && q.HasMagnitude && (PeopleAfter().IsMatch(text, q.End)
                    || PeopleCountBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start)))) q = q with { Unit = "人" };
                var name = compound ?? listedName
                    // A task's parts after 其中 with no verb of their own ("其中居民用户2000户，商业用户600户以上") break it down.
                    ?? ReportingRules.UncataloguedFigure(text, q, item, clause,
                        measure ?? (section.Task && !ReportingRules.SinceQizhong(text, q.Start) ? Measures.New : null), kind);
                if (name is null)
                {
                    skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End,
                        mismatch ? UnitMismatchReason : NoIndicatorReason, false, Context()));
                    continue;
                }
                // Not in the catalog, still a figure: named as written, flagged 待编目, listed for the reviewer too.
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, UncataloguedReason, true, Context()));
                var (start, end) = Trim(text, clause.Start, clause.End);
                figures.Add(new ExtractedFigure(
                    Indicator.Uncatalogued(name), kind, year, q.Value, q.ValueMax, ReportingRules.CanonicalUnit(q.Unit), q.Unit,
                    q.Unit is "%" or "‰" ? Measures.Rate : measure ?? Measures.New, q.Qualifier,
                    text[start..end], start, end, q.Start, q.End, q.Text(text)));
                if (kind == FigureKinds.Target && TargetCompleted(text, q, clause)) figures.Add(figures[^1] with { Kind = FigureKinds.Actual });
                continue;
            }

            var indicator = hit.Value.Indicator;
            if (indicator.IsRate) measure = Measures.Rate;
            if (measure is null && (kind == FigureKinds.Actual || section.Task)) measure = Measures.New;
            // "城市低保标准不低于650元每月": a floor set for a figure states the target with no verb of its own.
            if (measure is null && (q.Qualifier is "不少于" or "不低于" || FloorBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start))))
                measure = Measures.New;
            if (measure is null)
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, NoTargetVerbReason, false, Context()));
                continue;
            }

            // Evidence is the clause as written; when the indicator is named earlier in the sentence, from there.
            var evidenceStart = Math.Min(clause.Start, hit.Value.Start);
            var evidenceEnd = Math.Max(clause.End, hit.Value.End);
            (evidenceStart, evidenceEnd) = Trim(text, evidenceStart, evidenceEnd);

            // "开展养老护理员中高级培养及认知障碍照护能力培训各2000名": two things joined before 各, one figure each, the
            // second named by its own words (a catalog name in them, else the words as written, 待编目).
            if (text.AsSpan(clause.Start, q.Start - clause.Start).TrimEnd().EndsWith("各")
                && JoinedPairBefore().Match(text[clause.Start..q.Start]) is { Success: true } pair && !ReportingRules.IsShortPair(text, q, clause)
                && hit.Value.End <= clause.Start + pair.Groups["y"].Index)
            {
                var (yStart, yEnd) = (clause.Start + pair.Groups["y"].Index, clause.Start + pair.Groups["y"].Index + pair.Groups["y"].Length);
                figures.Add(new ExtractedFigure(indicator, kind, year, q.Value, q.ValueMax, unit!, q.Unit, measure, q.Qualifier,
                    text[evidenceStart..evidenceEnd], evidenceStart, evidenceEnd, q.Start, q.End, q.Text(text)));
                var second = local.LastOrDefault(a => a.Start >= yStart && a.End <= yEnd && a.Indicator.CanonicalUnit(q.Unit) is not null);
                var secondIndicator = second.Indicator ?? Indicator.Uncatalogued(Clip(text[yStart..yEnd]));
                var secondUnit = second.Indicator?.CanonicalUnit(q.Unit) ?? ReportingRules.CanonicalUnit(q.Unit);
                figures.Add(new ExtractedFigure(secondIndicator, kind, year, q.Value, q.ValueMax, secondUnit, q.Unit,
                    MeasureIn(text[yStart..yEnd]) ?? measure, q.Qualifier,
                    text[evidenceStart..evidenceEnd], evidenceStart, evidenceEnd, q.Start, q.End, q.Text(text)));
                continue;
            }
            foreach (var figureMeasure in ReportingRules.EachOf(text, q, clause, measure))
            {
                figures.Add(new ExtractedFigure(
                    indicator, kind, year, q.Value, q.ValueMax, unit!, q.Unit, figureMeasure, q.Qualifier,
                    text[evidenceStart..evidenceEnd], evidenceStart, evidenceEnd, q.Start, q.End, q.Text(text)));
                if (kind == FigureKinds.Target && TargetCompleted(text, q, clause)) figures.Add(figures[^1] with { Kind = FigureKinds.Actual });
            }
            // "生活补贴标准、护理补贴标准提标后均达到每人每月100元": one value for each of the names listed before 均.
            foreach (var other in SharedBy(text, local, q, clause, hit.Value))
                figures.Add(new ExtractedFigure(
                    other.Indicator, kind, year, q.Value, q.ValueMax, other.Indicator.CanonicalUnit(q.Unit)!, q.Unit, measure, q.Qualifier,
                    text[evidenceStart..evidenceEnd], evidenceStart, evidenceEnd, q.Start, q.End, q.Text(text)));
        }
        return new ExtractionResult(WithoutRestatements(text, figures, skipped), skipped);
    }

    public const string RestatedReason = "重述同一数字";

    /// <summary>
    /// "完成两批共40个社区的申报、培训工作" written again in the next quarter's cell, a task restated at the foot of its table,
    /// a news lead's figures restated in its body: a figure whose words in its clause (before the number and after it) repeat
    /// an earlier one's of the same kind, indicator, value and unit is counted once. Short clauses ("4处") never match.
    /// </summary>
    private static List<ExtractedFigure> WithoutRestatements(string text, List<ExtractedFigure> figures, List<SkippedNumber> skipped)
    {
        // Only figures of the same value can restate each other: most values occur once, and their words are never read.
        var byValue = figures.GroupBy(f => f.Value).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        if (byValue.Count == 0) return figures;
        var seen = new List<(ExtractedFigure Figure, string Before, string After)>();
        var kept = new List<ExtractedFigure>(figures.Count);
        foreach (var f in figures)
        {
            if (!byValue.Contains(f))
            {
                kept.Add(f);
                continue;
            }
            var (start, end) = (f.ValueStart, f.ValueStart);
            while (start > 0 && !IsBoundaryAt(text, start - 1, IsClauseBoundary)) start--;
            while (end < text.Length && !IsBoundaryAt(text, end, IsClauseBoundary)) end++;
            var before = text[start..f.ValueStart].Trim();
            var after = text[f.ValueStart..end].Trim();
            if (seen.Any(s => s.Figure.Kind == f.Kind && s.Figure.Year == f.Year && s.Figure.Value == f.Value && s.Figure.Unit == f.Unit
                              && s.Figure.Indicator.Id == f.Indicator.Id && s.After == after
                              && Math.Min(s.Before.Length, before.Length) + after.Length >= 10
                              && (s.Before.EndsWith(before, StringComparison.Ordinal) || before.EndsWith(s.Before, StringComparison.Ordinal))))
            {
                skipped.Add(new SkippedNumber(f.ValueText, f.ValueStart, f.ValueEnd, RestatedReason, false, text[start..end]));
                continue;
            }
            seen.Add((f, before, after));
            kept.Add(f);
        }
        return kept;
    }

    /// <summary>The last section starting at or before the position (sections are in text order, the first at 0).</summary>
    private static Section SectionAt(List<Section> sections, int position)
    {
        for (var i = sections.Count - 1; i > 0; i--)
            if (sections[i].Start <= position) return sections[i];
        return sections[0];
    }

    // "…建设已完成8个" / "募集青年就业见习岗位325个 完成330个,完成率101.54%" (the task, then its progress in the next column).
    [GeneratedRegex(@"\G(?:[^，,。；;、：:\d]{1,24}?已(?:经)?[\p{IsCJKUnifiedIdeographs}]{0,2}?|[^，,。；;、：:\d\s]{0,24}?[ \t　]+(?:已|累计)?完成)\s*\d+(?:\.\d+)?\s*(?<unit>[\p{IsCJKUnifiedIdeographs}]{1,2})")]
    private static partial Regex DoneOfTask();

    [GeneratedRegex(@"\G[^，,。；;、\d]{0,12}?\d{1,2}月份?(?:开工|动工|启动)")]
    private static partial Regex NotDoneAfter();

    [GeneratedRegex(@"\G\s*(?:这|该|以上|上述)[^，,。；;“”]{0,6}?(?:任务|目标|项目|实事)")]
    private static partial Regex TasksNamedAfterQuote();

    /// <summary>
    /// The number follows, in its sentence, the words that say what the 实事 or the works are (民生实事包括…, 主要内容包括…).
    /// </summary>
    private static bool TasksListed(string text, Quantity q, TextSpan sentence, TextSpan clause)
    {
        var before = text.AsSpan(sentence.Start, q.Start - sentence.Start);
        return before.IndexOfAny(TaskListWords) >= 0 && TaskListBefore().IsMatch(before)
               && !text.AsSpan(clause.Start, q.Start - clause.Start).Contains('已');
    }

    private static readonly SearchValues<string> TaskListWords = SearchValues.Create(["包括", "分别是", "分别为"], StringComparison.Ordinal);

    [GeneratedRegex(@"(?:实事|民生工程|实事项目|主要(?:建设)?内容)(?:主要)?(?:包括|分别是|分别为)")]
    private static partial Regex TaskListBefore();

    /// <summary>The number is inside “…” that the words after it call tasks (这几项任务已经超额完成).</summary>
    private static bool QuotedTasksDone(string text, Quantity q)
    {
        var open = q.Start == 0 ? -1 : text.LastIndexOfAny(['“', '”', '\n'], q.Start - 1);
        if (open < 0 || text[open] != '“') return false;
        var close = text.IndexOfAny(['“', '”', '\n'], q.End);
        return close >= 0 && text[close] == '”' && TasksNamedAfterQuote().IsMatch(text, close + 1);
    }

    [GeneratedRegex(@"\G\s*的?(?:年度|全年)(?:目标|任务)")]
    private static partial Regex YearGoalAfter();

    [GeneratedRegex(@"(?<!计划|力争|确保|争取|将|要|须|未|超额)完成")]
    private static partial Regex CompletedBefore();

    /// <summary>"于8月份完成安装100台的年度目标": the year's target, stated as done; one number, a target and its result.</summary>
    private static bool TargetCompleted(string text, Quantity q, TextSpan clause) =>
        YearGoalAfter().IsMatch(text, q.End) && CompletedBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start));

    public const string InProgressReason = "进行中（未完成）";
    public const string HeadlineReason = "标题重述正文的数";
    public const string RestatedTaskReason = "进展栏重述本行任务";

    /// <summary>
    /// The end of the text's headline block: its first non-empty lines while they are short enough to be a headline, a
    /// subtitle or a dateline (no 。 or ；, no list marker), at most five; 0 when the text opens with a body line.
    /// </summary>
    private static int TitleEnd(string text)
    {
        var end = 0;
        var lines = 0;
        for (var start = 0; start < text.Length && lines < 5;)
        {
            var lineEnd = text.IndexOf('\n', start);
            if (lineEnd < 0) return end;
            var line = text.AsSpan(start, lineEnd - start).Trim();
            if (line.Length > 0)
            {
                if (line.Length > 60 || line.IndexOfAny("。；;") >= 0 || TaskHeading().IsMatch(line) || ListMarker().IsMatch(line)) return end;
                // "——到2020年底前要实现的数字型目标" over "…供养率达到50%" and "…比例达到30%", a line each: a list of
                // figures under the title, not more of it.
                if (lines > 0 && StartsListOfFigures(text, start, 3)) return end;
                end = lineEnd;
                lines++;
            }
            start = lineEnd + 1;
        }
        return end;
    }

    /// <summary>The next <paramref name="count"/> lines with words, from <paramref name="start"/>, are short lines with a number each.</summary>
    private static bool StartsListOfFigures(string text, int start, int count)
    {
        while (count > 0 && start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                if (line.Length > 60 || line.IndexOfAnyInRange('0', '9') < 0) return false;
                count--;
            }
            start = end + 1;
        }
        return count == 0;
    }

    private AliasHit? BeneficiariesOfSubsidy(string text, Quantity q, TextSpan sentence, string counter)
    {
        var people = PeopleNamedAfter().Match(text, q.End) is { Success: true } after ? after.Groups["people"]
            : PeopleNamedBefore().Match(text, sentence.Start, q.Start - sentence.Start) is { Success: true } before ? before.Groups["people"] : null;
        if (people is null) return null;
        var words = text[sentence.Start..sentence.End];
        // Only where the two subsidies are named together (两项补贴, or both names): "发放困难残疾人生活补贴3.74亿元，累计惠及
        // 8.66万名困难残疾人" names one and its money, and the seeds' gold leaves those people uncatalogued.
        var both = words.Contains("两项补贴", StringComparison.Ordinal) || Subsidies.All(s => words.Contains(s, StringComparison.Ordinal));
        if (!both) return null;
        // The words before 残疾人 may run on from the verb ("惠及困难残疾人"): the longest that makes a catalog name.
        for (var from = 0; from + 4 <= people.Length; from++)
            foreach (var subsidy in Subsidies)
                if (catalog.FindByAlias(people.Value[from..] + subsidy) is { } indicator && indicator.CanonicalUnit(counter) is not null)
                    return new AliasHit(indicator, people.Index + from, people.Index + people.Length);
        return null;
    }

    private static readonly string[] Subsidies = ["生活补贴", "护理补贴"];

    // "1.2万名困难残疾人" / "困难残疾人1165.3万人": the people a count names, right after or right before it.
    [GeneratedRegex(@"\G\s*(?:万|多|余)?\s*(?:名|人次|人)?\s*(?<people>[\p{IsCJKUnifiedIdeographs}]{2,4}残疾人)")]
    private static partial Regex PeopleNamedAfter();

    [GeneratedRegex(@"(?<people>[\p{IsCJKUnifiedIdeographs}]{2,4}残疾人)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex PeopleNamedBefore();

    /// <summary>"济南今年将新建221处养老设施" over "…完成建设221个养老设施": the headline's number written again in the body.</summary>
    private static bool RestatedAfter(string text, Quantity q, int bodyStart)
    {
        var number = q.NumberText;
        for (var at = text.IndexOf(number, bodyStart, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + number.Length < text.Length ? text[at + number.Length] : ' ';
            if (!char.IsAsciiDigit(before) && before != '.' && !char.IsAsciiDigit(after) && after != '.') return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<x>[\p{IsCJKUnifiedIdeographs}]{2,20})(?:以及|及|和|与)(?<y>[\p{IsCJKUnifiedIdeographs}]{5,20})各\s*$", RegexOptions.RightToLeft)]
    private static partial Regex JoinedPairBefore();

    [GeneratedRegex(@"(?:补助资金|补助金|资金|保障金|支出|拨款金额|拨款总金额|拨款)\s*[:：]?\s*(?:共计|共|达到|达|约|为)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex GenericFund();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*万?\s*(?:人次|户次|人|户|名)\s*$")]
    private static partial Regex CountJustBefore();

    // "…补贴标准不低于每人每月80元": the floor, then the period the amount is for.
    [GeneratedRegex(@"(?:不低于|不少于)\s*(?:每人)?(?:每[月年])?\s*$")]
    private static partial Regex FloorBefore();

    /// <summary>The fund the catalog names after a roll named earlier in the sentence (低保 → 低保金), or null.</summary>
    private AliasHit? FundOfRoll(string text, IReadOnlyList<AliasHit> local, Quantity q, TextSpan sentence)
    {
        // "城市低保…，农村特困…，累计发放保障金2.37亿元": money paid to several rolls is none of their funds alone.
        var rolls = local.Where(a => a.Start >= sentence.Start && a.End <= q.Start && a.Indicator.CanonicalUnit("元") is null)
            .Select(a => a.Indicator.Id).Distinct().Count();
        if (rolls > 1) return null;
        foreach (var a in local.Where(a => a.Start >= sentence.Start && a.End <= q.Start).Reverse())
        {
            var name = text[a.Start..a.End];
            for (var k = 0; k + 2 <= name.Length; k++)
                foreach (var suffix in new[] { "金", "资金" })
                    if (catalog.FindByAlias(name[k..] + suffix) is { } fund && fund != a.Indicator && fund.CanonicalUnit(q.Unit) is not null)
                        return new AliasHit(fund, a.Start, a.End);
        }
        return null;
    }

    /// <summary>The catalog name the heading's subject and a generic name make together (临时救助 + 救助资金 = 临时救助资金), or null.</summary>
    private AliasHit? WithSubject(string text, AliasHit hit, string subject, string? counter)
    {
        var name = text[hit.Start..hit.End];
        for (var k = Math.Min(subject.Length, name.Length - 1); k >= 0; k--)
        {
            if (!subject.EndsWith(name[..k], StringComparison.Ordinal)) continue;
            if (catalog.FindByAlias(subject + name[k..]) is { } composed && composed != hit.Indicator && composed.CanonicalUnit(counter) is not null)
                return new AliasHit(composed, hit.Start, hit.End);
        }
        return null;
    }

    [GeneratedRegex(@"(?:取消|退出|调出|清退|减少|减员|注销|停发|停保)[^，,；;。]{0,8}$", RegexOptions.RightToLeft)]
    private static partial Regex RemovalBefore();

    [GeneratedRegex(@"每[百千万]名[\p{IsCJKUnifiedIdeographs}]{0,12}")]
    private static partial Regex PerPeople();

    [GeneratedRegex(@"^\s*\d+(?:\.\d+)?\s*万?\s*[人名]\s*$")]
    private static partial Regex PairedPeople();

    [GeneratedRegex(@"^\s*(?:新增|调进|调入|增加|新纳入|纳入)\s*$")]
    private static partial Regex AdditionLead();

    [GeneratedRegex(@"^\s*(?:目前|现)?(?:共有|现有|共计|合计|总计|累计共有|累计)\s*$")]
    private static partial Regex TotalOnlyLead();

    [GeneratedRegex(@"^[\s、，,]{0,3}$")]
    private static partial Regex PairGap();

    // The people receive what follows: 享受 / 纳入 / 领取 between the count and the roll it names.
    [GeneratedRegex(@"享受|纳入|领取")]
    private static partial Regex ReceivesBetween();

    // "2.50个小区新增…" at the head of a numbered list's line: the item's number, then the figure, not 2.5 个 (a line that
    // holds only the number, a table's cell "1.3 |", is a value).
    [GeneratedRegex(@"(?m)^[ \t]*(?<n>\d{1,2})\.(?=\d+(?![\d.]*[ \t]*[|｜]?[ \t]*$))")]
    private static partial Regex GluedListMarker();

    /// <summary>A cheap scan for a line that opens with 1–2 digits, a point and a digit (most texts have none).</summary>
    private static bool HasGluedMarker(string text)
    {
        for (var at = 0; at >= 0 && at < text.Length; at = text.IndexOf('\n', at) is var n and >= 0 ? n + 1 : -1)
        {
            var i = at;
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            var digits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 3) { i++; digits++; }
            if (digits is 1 or 2 && i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1])) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?m)^[ \t]*(?<n>\d{1,2})[.、．]")]
    private static partial Regex ListMarker();

    /// <summary>
    /// The text with the point of a list marker glued to the item's first number ("2.50个小区", "4.460个居村") made a full-width
    /// point, when the lines around it are numbered as a list (a line starts with the number before or after it). Same length.
    /// </summary>
    private static string ListMarkers(string text)
    {
        if (!HasGluedMarker(text)) return text;
        var glued = GluedListMarker().Matches(text);
        if (glued.Count == 0) return text;
        var numbers = ListMarker().Matches(text).Select(m => int.Parse(m.Groups["n"].Value)).ToHashSet();
        char[]? chars = null;
        foreach (Match m in glued)
        {
            var n = int.Parse(m.Groups["n"].Value);
            if (!numbers.Contains(n - 1) && !numbers.Contains(n + 1)) continue;
            chars ??= text.ToCharArray();
            chars[m.Index + m.Length - 1] = '．';
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>The other indicators of a 、 / 和 list that a 均 value belongs to as well (not the one already taken).</summary>
    private static IEnumerable<AliasHit> SharedBy(string text, IReadOnlyList<AliasHit> aliases, Quantity q, TextSpan clause, AliasHit taken)
    {
        var at = q.Start <= clause.Start ? -1 : text.LastIndexOf('均', q.Start - 1, q.Start - clause.Start);
        if (at < 0) return [];
        var listed = aliases.Where(a => a.Start >= clause.Start && a.End <= at && a.Indicator.Id != taken.Indicator.Id
                                        && a.Indicator.CanonicalUnit(q.Unit) is not null).DistinctBy(a => a.Indicator.Id).ToList();
        // Only names joined by 、 / 和 / 及 with no number between them.
        return listed.Where(a => !text.AsSpan(a.End, at - a.End).ContainsAny("0123456789")
                                 && text.AsSpan(a.End, Math.Min(at, taken.Start) - a.End).IndexOfAny("、和及与") >= 0);
    }

    [GeneratedRegex(@"\G\s*[\p{IsCJKUnifiedIdeographs}]{0,6}(?:人|群众|儿童|学生|老年人|居民|家庭成员)(?![\p{IsCJKUnifiedIdeographs}]{0,1}次)")]
    private static partial Regex PeopleAfter();

    [GeneratedRegex(@"(?:人口|人数)\s*(?:达到|达|为|约|近|超过)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex PeopleCountBefore();

    /// <summary>
    /// The catalog's name of a fund handed out (…低保金, its longest catalog ending): the fund itself for money, the roll it is
    /// paid to (the name without 金 / 资金) for households and people; null when the catalog knows neither.
    /// </summary>
    private AliasHit? FundAndRoll(string text, Group fundGroup, Quantity q)
    {
        var name = fundGroup.Value;
        for (var k = 0; k + 3 <= name.Length; k++)
        {
            if (catalog.FindByAlias(name.AsSpan(k)) is not { } fund || fund.CanonicalUnit("万元") is null) continue;
            if (q.Unit is "元" or "万元" or "亿元")
                return fund.CanonicalUnit(q.Unit) is null ? null : new AliasHit(fund, fundGroup.Index + k, fundGroup.Index + name.Length);
            var rollName = name.AsSpan(k, name.Length - k - (name.EndsWith("资金") ? 2 : 1));
            return catalog.FindByAlias(rollName) is { } roll && roll.CanonicalUnit(q.Unit) is not null
                ? new AliasHit(roll, fundGroup.Index + k, fundGroup.Index + k + rollName.Length) : null;
        }
        return null;
    }

    // 发放农村低保金 4461 户 7153 人 | …，城市低保金 659 户914 人 (the sum that follows): the fund opens the clause (after words
    // of no number), then only counts up to the number.
    [GeneratedRegex(@"^[^\d]*?(?<fund>[\p{IsCJKUnifiedIdeographs}]{2,12}?(?:金|资金))\s*(?:\d+(?:\.\d+)?\s*(?:户|人次|人|名)\s*)*$")]
    private static partial Regex FundThenCounts();

    /// <summary>
    /// The number counts a rural or urban share (its clause opens with 农村 / 城镇 / 城市 …, after the sentence's 其中) of a
    /// figure of the same indicator and counter found earlier in the sentence, before 其中.
    /// </summary>
    private static bool UrbanRuralShare(string text, Quantity q, TextSpan clause, TextSpan sentence, List<ExtractedFigure> figures, Indicator indicator)
    {
        var among = text.LastIndexOf("其中", q.Start, q.Start - sentence.Start, StringComparison.Ordinal);
        if (among < 0) return false;
        var partStart = Math.Max(clause.Start, among + 2);
        if (!UrbanOrRural().IsMatch(text.AsSpan(partStart, q.Start - partStart))) return false;
        for (var i = figures.Count - 1; i >= 0 && figures[i].ValueStart >= sentence.Start; i--)
            if (figures[i].ValueEnd <= among && figures[i].Indicator == indicator && figures[i].UnitWritten == q.Unit) return true;
        return false;
    }

    [GeneratedRegex(@"^\s*[，,：:]?\s*(?:农村|城镇|城市|城区|乡村|市区|县城)")]
    private static partial Regex UrbanOrRural();

    /// <summary>
    /// The number's sentence opens its paragraph, says nothing happened (no 已, 累计, 截至, 完成了…), and a later sentence of
    /// the paragraph opens with 目前 / 截至目前 / 现已 / 已… (not a share done: 已经完成实事指标98.86%): the task, then its progress.
    /// </summary>
    private static bool TaskBeforeProgress(string text, Quantity q, TextSpan sentence)
    {
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, q.Start - 1)) + 1;
        if (text.AsSpan(paragraphStart, sentence.Start - paragraphStart).Trim().Length > 0) return false;
        if (HappenedInSentence().IsMatch(text.AsSpan(sentence.Start, sentence.End - sentence.Start))) return false;
        var paragraphEnd = text.IndexOf('\n', sentence.End) is var end and >= 0 ? end : text.Length;
        return ProgressFromNow().IsMatch(text.AsSpan(sentence.End, paragraphEnd - sentence.End));
    }

    /// <summary>
    /// A report that gives each task and then its result under a label ("(一)…/1.…4.7万人次以上/责任单位:…/完成情况:…",
    /// "目标任务:…/进展情况:…", "项目内容:…/进展与成效:…"): the lines from a task's heading or label to its result label.
    /// Only when at least two result labels show the form; lines after a result label belong to it until the next task.
    /// </summary>
    private static List<TextSpan> TasksBeforeResultLabels(string text)
    {
        var spans = new List<TextSpan>();
        var labels = ResultLabelLine().Count(text);
        if (labels < 2) return spans;
        var taskStart = -1;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var end and >= 0 ? end : text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (ResultLabelLine().IsMatch(line))
            {
                if (taskStart >= 0) spans.Add(new TextSpan(taskStart, lineStart));
                taskStart = -1;
            }
            else if (taskStart < 0 && TaskStartLine().IsMatch(line)) taskStart = lineStart;
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    [GeneratedRegex(@"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:完成情况|进展情况|推进情况|落实情况|实施情况|进展与成效|进度情况|工作进展|完成进度|目前进展|办理情况)\s*[：:]", RegexOptions.Multiline)]
    private static partial Regex ResultLabelLine();

    private static bool TaskLabelLine(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        return TaskLabel().IsMatch(text.AsSpan(lineStart, position - lineStart));
    }

    // A task's own label line: 目标任务:… / 项目内容:….
    private const string TaskLabelPattern = @"(?:目标任务|任务目标|项目内容|建设内容|实事内容|工作任务|年度目标)\s*[：:]";

    [GeneratedRegex(@"^\s*" + TaskLabelPattern)]
    private static partial Regex TaskLabel();

    // A task starts at a numbered heading ((一) / 一、 / 01 项目名称), at 项目名称: or at its label.
    [GeneratedRegex(@"^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*项目名称|项目名称\s*[：:]|" + TaskLabelPattern + ")")]
    private static partial Regex TaskStartLine();

    [GeneratedRegex(@"(?:标准[为是:：]?\s*(?:每[\p{IsCJKUnifiedIdeographs}]{1,2})?|最高(?:免除|减免|补助|补贴|资助|救助))\s*$")]
    private static partial Regex StandardMoneyBefore();

    [GeneratedRegex(@"已|累计|截至|截止|完成了|实现了|达到了|以来|月\d{1,2}日起")] // (于7月1日起按新标准发放: under way)
    private static partial Regex HappenedInSentence();

    [GeneratedRegex(@"[。；;]\s*(?:目前|截至目前|截止目前|现已|已(?=[\p{IsCJKUnifiedIdeographs}])(?![^。；;]{0,20}%)|截至\d{1,2}月底?|截止\d{1,2}月底?)[，,]?")]
    private static partial Regex ProgressFromNow();

    /// <summary>The number opens its line (after a list mark) and a noun follows its counter: "*2家社区综合为老服务中心".</summary>
    private static bool BareCountLine(string text, Quantity q)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, q.Start - 1)) + 1;
        for (var i = lineStart; i < q.Start; i++)
            if (!char.IsWhiteSpace(text[i]) && "*＊·•-－".IndexOf(text[i]) < 0) return false;
        if (q.End + 2 > text.Length || !IsIdeograph(text[q.End]) || !IsIdeograph(text[q.End + 1])) return false;
        // "3个教育工程" over the projects it lists is a heading that counts projects, not a task.
        var lineEnd = text.IndexOf('\n', q.End) is var end and >= 0 ? end : text.Length;
        return !ProjectsCounted().IsMatch(text.AsSpan(q.End, lineEnd - q.End).TrimEnd());
    }

    [GeneratedRegex(@"(?:工程|项目|实事|任务|事项)(?:\s+\d{1,2})?$")] // (a list number joined from the next line: 3个教育工程 01)
    private static partial Regex ProjectsCounted();

    [GeneratedRegex(@"正在|在建|施工中|推进中|筹建|底前|将于")]
    private static partial Regex InProgress();

    /// <summary>
    /// "落实困难残疾人生活补贴和重度残疾人护理补贴制度，分别惠及2.1万名…和2.5万名…": after 分别, the n-th figure
    /// counts the n-th indicator named before it in the sentence, when there are as many of one as of the other.
    /// </summary>
    private static AliasHit? Respectively(string text, IReadOnlyList<AliasHit> aliases, IReadOnlyList<Quantity> quantities, Quantity q, TextSpan sentence)
    {
        var at = q.Start <= sentence.Start ? -1 : text.LastIndexOf("分别", q.Start - 1, q.Start - sentence.Start, StringComparison.Ordinal);
        if (at < 0) return null;
        var named = aliases.Where(a => a.Start >= sentence.Start && a.End <= at && !IsGloss(text, a, aliases))
            .Where(a => a.Indicator.CanonicalUnit(q.Unit) is not null)
            .DistinctBy(a => a.Indicator.Id).ToList();
        if (named.Count < 2) return null;
        var figures = quantities.Where(o => o.Start > at && o.End <= sentence.End && o.Unit == q.Unit).ToList();
        if (figures.Count != named.Count) return null;
        return named[figures.IndexOf(q)];
    }

    [GeneratedRegex(@"\G(?:\s*[、和及]\s*\d+(?:\.\d+)?\s*[万亿])*")]
    private static partial Regex PeopleListAfter();

    /// <summary>
    /// "高龄津贴、养老服务补贴、护理补贴、综合补贴分别惠及3657万、548.7万、96.7万、515.1万老年人": after 分别, the n-th figure
    /// counts the n-th name of the 、 list the clause opens with, as many names as figures; a name outside the catalog is
    /// returned as written (<paramref name="name"/>) and the figure is uncatalogued.
    /// </summary>
    private static AliasHit? RespectivelyByName(string text, IReadOnlyList<AliasHit> aliases, IReadOnlyList<Quantity> quantities, Quantity q,
        TextSpan sentence, out string? name)
    {
        name = null;
        var at = q.Start <= sentence.Start ? -1 : text.LastIndexOf("分别", q.Start - 1, q.Start - sentence.Start, StringComparison.Ordinal);
        if (at < 0) return null;
        var listStart = Enclosing(text, at, IsClauseBoundary).Start;
        var names = new List<(int Start, int End)>();
        var start = listStart;
        for (var i = listStart; i <= at; i++)
            if (i == at || text[i] == '、')
            {
                names.Add((start, i));
                start = i + 1;
            }
        if (names.Count < 2 || names.Any(n => text.AsSpan(n.Start, n.End - n.Start).IndexOfAny("0123456789") >= 0)) return null;
        var listEnd = Enclosing(text, q.Start, IsClauseBoundary).End;
        var figures = quantities.Where(o => o.Start > at && o.End <= listEnd).ToList();
        if (figures.Count != names.Count) return null;
        var index = figures.FindIndex(o => o.Start == q.Start);
        if (index < 0) return null;
        var (nameStart, nameEnd) = names[index];
        var own = aliases.LastOrDefault(a => a.Start >= nameStart && a.End <= nameEnd && a.Indicator.CanonicalUnit(q.Unit) is not null);
        if (own.Indicator is not null) return own;
        name = Clip(text[nameStart..nameEnd].Trim());
        return null;
    }

    /// <summary>
    /// An indicator the words before the number compose with the catalog: "救助58人次" is 救助人次 (word + counter),
    /// "农村低保省定最低标准…3000元" is 农村低保标准 (name + 标准), "新增床位近100张" after 养老床位 named earlier in the line is 养老床位.
    /// </summary>
    private AliasHit? Composed(string text, IReadOnlyList<AliasHit> aliases, IReadOnlyList<AliasHit> local, Quantity q, TextSpan item)
    {
        var before = WithoutLeadWords(text.AsSpan(item.Start, q.Start - item.Start));
        if (q.Unit is { Length: > 0 } counter && catalog.ByEndingAndCounter(before, counter) is { } byCounter)
            return new AliasHit(byCounter.Indicator, q.Start - byCounter.Length, q.Start);
        for (var i = local.Count - 1; i >= 0; i--)
        {
            var a = local[i];
            if (a.Start < item.Start || a.End > q.Start) continue;
            // "…补贴标准…1800元" / "困难残疾人生活补贴每人每年从1200元提高到1800元": money per person is the standard.
            if ((text.IndexOf("标准", a.End, q.Start - a.End, StringComparison.Ordinal) >= 0
                 // (not "低保家庭每人每月15元的物价补贴": money named after it)
                 || q.Unit == "元" && (text.IndexOf("每人", a.End, q.Start - a.End, StringComparison.Ordinal) >= 0
                                        // 1820元/人/月 (not an average paid: 月人均支出水平392.4元/人, 补差水平月均…300元/人)
                                        || q.PerPersonOrPeriod && !AveragePaid().IsMatch(text.AsSpan(a.End, q.Start - a.End)))
                    && (q.End >= text.Length || text[q.End] != '的'))
                && catalog.FindByAlias(text.AsSpan(a.Start, a.End - a.Start), "标准") is { } standard && standard.CanonicalUnit(q.Unit) is not null)
                return new AliasHit(standard, a.Start, a.End);
        }
        if (before.Length < 2 || !IsIdeograph(before[^1]) || !IsIdeograph(before[^2])) return null;
        // "今年全县敬老院建设任务是新增床位 500 张": beds of an old people's home are elderly-care beds.
        if (before.EndsWith("床位", StringComparison.Ordinal) && q.Unit == "张" && catalog.FindByAlias("养老床位") is { } beds
            && ElderlyHome().IsMatch(text.AsSpan(Math.Max(0, item.Start - 40), q.Start - Math.Max(0, item.Start - 40))))
            return new AliasHit(beds, q.Start - 2, q.Start);
        var lineStart = item.Start == 0 ? 0 : text.LastIndexOf('\n', item.Start - 1) + 1;
        var inLine = Within(aliases, new TextSpan(lineStart, q.Start));
        for (var i = inLine.Count - 1; i >= 0; i--)
        {
            var a = inLine[i];
            var name = text.AsSpan(a.Start, a.End - a.Start);
            // Only the bare head noun right after a verb ("新增床位"), not another name that ends alike ("结婚登记" vs 婚姻登记).
            if (name.Length > 2 && before.EndsWith(name[^2..], StringComparison.Ordinal) && a.Indicator.CanonicalUnit(q.Unit) is not null
                && EndsWithMeasureCue(before[..^2]))
                return a;
        }
        return null;
    }

    private static bool EndsWithMeasureCue(ReadOnlySpan<char> span)
    {
        foreach (var (cue, _) in MeasureCues)
            if (span.EndsWith(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    // Words that lead up to a number (共计, 约, 达到). None is the end of another (共 / 共计, 达 / 达到), so stripping
    // whichever one a span ends with, again and again, takes off exactly the longest run of them.
    private static readonly string[] LeadWordList = ["共计", "总计", "合计", "累计", "共", "约", "近", "超过", "超", "达到", "达", "不少于", "至少"];

    /// <summary>The span without the lead words and spaces it ends with ("新增床位共计 " → "新增床位"); no string is made (runs per number).</summary>
    private static ReadOnlySpan<char> WithoutLeadWords(ReadOnlySpan<char> span)
    {
        while (true)
        {
            span = span.TrimEnd();
            var stripped = false;
            foreach (var word in LeadWordList)
                if (span.EndsWith(word, StringComparison.Ordinal))
                {
                    span = span[..^word.Length];
                    stripped = true;
                    break;
                }
            if (!stripped) return span;
        }
    }

    [GeneratedRegex(@"(?:资金|公益金|债券|经费|补助金|救助金|保障金|善款|投资|拨付|筹资|筹集|募集)\s*(?:共计|共|达到|达|约|近|超过|为)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex MoneyBefore();

    [GeneratedRegex(@"敬老院|养老院|养护院|福利院|养老机构|幸福院|光荣院|供养服务机构|供养机构")]
    private static partial Regex ElderlyHome();


    /// <summary>
    /// The phrase a count of two things joined by 和 / 及 / 与 or a 、 list names, when the number's indicator is the last of
    /// them ("残疾人生活补贴和护理补贴 4414 人", "社区老年人助餐点、老年人日间照料中心10个"), else null.
    /// </summary>
    private static string? JointCount(string text, AliasHit hit, Quantity q, TextSpan item, TextSpan clause)
    {
        var between = text[hit.End..q.Start];
        if (JoinedNoun().Match(between) is { Success: true } joined && !between.Any(char.IsAsciiDigit) && !HasMeasureCue(joined.Groups["noun"].Value))
            return Clip(text[hit.Start..(hit.End + joined.Groups["noun"].Index + joined.Groups["noun"].Length)]);
        // 、 list: the item is only the name and the number, the one before it only a name after the clause's verb.
        if (hit.Start != item.Start || item.Start == 0 || text[item.Start - 1] != '、' || !WithoutLeadWords(between).Trim().IsEmpty) return null;
        var rest = text[q.End..item.End].Trim();
        if (rest.Length > 0) return null;
        var previousStart = text.LastIndexOfAny(['，', ',', '、', '；', ';', '。', '\n', '：', ':'], item.Start - 2) + 1;
        if (previousStart < clause.Start) previousStart = clause.Start;
        var previous = text[previousStart..(item.Start - 1)];
        if (previous.Any(char.IsAsciiDigit) || previous.Length < 2) return null;
        var verb = MeasureCues.Select(c => c.Cue).FirstOrDefault(c => previous.StartsWith(c, StringComparison.Ordinal));
        if (verb is null && previousStart != clause.Start) return null;
        return Clip(text[(previousStart + (verb?.Length ?? 0))..hit.End].Trim());
    }

    private static string Clip(string name) => name.Length > 24 ? name[..24] : name;

    // "…补贴和护理补贴 4414 人" / "火化率骨灰安葬率实现100%": a second name joined on, or a second rate right after the first.
    [GeneratedRegex(@"^\s*(?:(?:和|及|与|以及)\s*(?<noun>[\p{IsCJKUnifiedIdeographs}]{2,12}?)(?:制度)?|(?<noun>[\p{IsCJKUnifiedIdeographs}]{2,10}率))\s*(?:共|约|近|超|达到|达|实现|为)?\s*$")]
    private static partial Regex JoinedNoun();

    /// <summary>A Chinese-numeral count outside the catalog worth a row: 10 or more, or a built or reported thing named at length.</summary>
    private static bool ChineseFigure(string text, Quantity q, TextSpan item, TextSpan clause, string? measure, string kind)
    {
        if (q.Unit is not ("家" or "个" or "所" or "处" or "座" or "名" or "户" or "张" or "具" or "对")) return false;
        // 百户调查, 千家万户, 十大工程: a bare 十 / 百 / 千 is an idiom, not a count.
        if (q.NumberText.Length == 1 && "十百千".Contains(q.NumberText[0])) return false;
        if (q.Value >= 10) return true;
        var noun = 0;
        for (var i = q.End; i < item.End && (IsIdeograph(text[i]) || text[i] is '(' or ')' or '（' or '）'); i++) noun++;
        return noun >= 4 && (measure is not null || kind == FigureKinds.Actual);
    }

    /// <summary>
    /// The indicator a quantity counts: aliases after the number in its item (the head noun is the last one:
    /// "10 家以上专业从事精神障碍社区康复服务的示范型社会组织"), then before it in the item (nearest first),
    /// then, only for an item that names no indicator at all, the nearest alias earlier in the sentence.
    /// The first whose units accept the quantity's counter wins.
    /// </summary>
    private static (AliasHit? Hit, string? Unit, bool UnitMismatch) ChooseIndicator(
        string text, IReadOnlyList<AliasHit> aliases, Quantity q, TextSpan item, TextSpan sentence)
    {
        // 老年食堂(助餐点): a name in brackets right after another is a gloss of it, not a second thing.
        var inItem = new List<AliasHit>();
        foreach (var a in aliases)
            if (a.Start >= item.Start && a.End <= item.End && !IsGloss(text, a, aliases) && !QualifiesAnotherGroup(text, a)) inItem.Add(a);
        // "25处社区综合服务设施标准化示范点" / "社会组织孵化基地省级示范点10家": a name that only qualifies a model site or base
        // is not what the number counts (the phrase is, 待编目); the item keeps its name, so no earlier one is borrowed.
        List<AliasHit>? qualifying = null;
        foreach (var a in inItem)
            if (QualifiesModelSite(text, a)) (qualifying ??= []).Add(a);
        // "为243户530人发放农村低保特困家庭救助金": what is handed out after 发放 is not what the people are counted as.
        // "建设221个养老设施和新增400个社区养老餐饮场所": a name after another number is that number's, not this one's.
        // "14035户25559人享受城乡低保": the people of the same households do not stand between.
        // Candidates in order: after the number, last first; then before it, nearest first.
        var candidates = new List<AliasHit>();
        for (var i = inItem.Count - 1; i >= 0; i--)
        {
            var a = inItem[i];
            if (a.Start >= q.End && !HandedOut(text, q.End, a.Start) && !AnotherNumberBetween(text, q.End, a.Start)
                && qualifying?.Contains(a) != true) candidates.Add(a);
        }
        // "城乡低保标准由每人每月475元、220元提高到628元": the new level of a change is what the name right before its 由 names,
        // across the old levels between.
        var changeFrom = OldLevelOpening(text, q, sentence);
        for (var i = inItem.Count - 1; i >= 0; i--)
        {
            var a = inItem[i];
            if (a.End <= q.Start && (!CountsSomethingElse(text, a, q) || changeFrom is { } f && NamesChange(text, a, f)) && qualifying?.Contains(a) != true)
                candidates.Add(a);
        }
        // So when the old levels stand in items of their own; the name right before the 由, not the 低保标准 of the clause
        // before "财政年补差标准从1720元提高到2070元".
        if (inItem.Count == 0 && changeFrom is { } from)
        {
            for (var i = aliases.Count - 1; i >= 0; i--)
                if (aliases[i].Start >= sentence.Start && NamesChange(text, aliases[i], from) && !IsGloss(text, aliases[i], aliases))
                    candidates.Add(aliases[i]);
        }
        if (inItem.Count == 0 && CountsNothingOfItsOwn(text, q, item))
        {
            for (var i = aliases.Count - 1; i >= 0; i--)
            {
                var a = aliases[i];
                if (a.Start >= sentence.Start && a.End <= item.Start && !IsGloss(text, a, aliases) && !BelongsToAnotherFigure(text, a, q, item))
                    candidates.Add(a);
            }
        }
        else if (inItem.Count == 0 && ReportingRules.ShortenedNameAfter(text, q, item, aliases, sentence) is { } named)
            candidates.Add(named);
        // 每万名老年人拥有养老床位 45 张: a per-N rate names what the number is, whatever bed it counts.
        foreach (var a in inItem)
            if (a.End <= q.Start && text[a.Start] == '每')
            {
                if (a.End > 0) candidates.Insert(0, a);
                break;
            }

        foreach (var candidate in candidates)
        {
            var unit = candidate.Indicator.CanonicalUnit(q.Unit);
            if (unit is not null) return (candidate, unit, false);
        }
        return (null, null, candidates.Count > 0);
    }

    private static bool NamesChange(string text, AliasHit a, int from) =>
        a.End <= from && from - a.End <= 4 && text.AsSpan(a.End, from - a.End).IndexOfAny("，,；;、") < 0;

    /// <summary>Where the 由 / 从 of a change whose new level the number is stands, in the number's sentence.</summary>
    private static int? OldLevelOpening(string text, Quantity q, TextSpan sentence)
    {
        if (q.Start <= sentence.Start) return null;
        var from = text.LastIndexOfAny(['由', '从', '從'], q.Start - 1, q.Start - sentence.Start);
        return from >= 0 && ChangeToNewLevel().IsMatch(text.AsSpan(from + 1, q.Start - from - 1)) ? from : null;
    }

    // An old level (a number), then the change's verb right before the new one: 每人每月475元、220元提高到 / 3120元/年提高为.
    [GeneratedRegex(@"^[^，,。；;]{0,30}?\d[^，,。；;]{0,16}?(?:" + LevelChanges.Verbs + @")(?:到|至|为)[^，,。；;\d]{0,8}$")]
    private static partial Regex ChangeToNewLevel();

    [GeneratedRegex(@"\G[\p{IsCJKUnifiedIdeographs}]{0,10}(?:示范点|示范基地|孵化基地|基地|示范区|示范单位)(?![\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex ModelSiteAfter();

    // Cheap test first: most names are not followed by 示范… or …基地 at all.
    private static bool QualifiesModelSite(string text, AliasHit a) =>
        text.AsSpan(a.End, Math.Min(16, text.Length - a.End)).IndexOfAny("示基") >= 0 && ModelSiteAfter().IsMatch(text, a.End);

    [GeneratedRegex(@"^(?:已经|已|均已|均)?(?:正式|全部)?(?:运营|投入使用|投入运营|开业|建成|完工|开放|启用|运行)")]
    private static partial Regex StateAfter();

    private static bool AnotherNumberBetween(string text, int from, int to) =>
        text.AsSpan(from, to - from).ContainsAny("0123456789") && PeopleOfHouseholds().Replace(text[from..to], "", 1).AsSpan().ContainsAny("0123456789");

    [GeneratedRegex(@"^\s*[、，,]?\s*\d+(?:\.\d+)?\s*万?\s*[人名]")]
    private static partial Regex PeopleOfHouseholds();

    private static bool HandedOut(string text, int from, int to) =>
        to > from && text.AsSpan(from, to - from).IndexOf("发放", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// True when the quantity names no thing of its own, so the indicator named earlier in the sentence is
    /// what it counts: it ends its item ("全年新增照护服务对象 4000 余人"), is a percentage ("覆盖 90% 以上的街镇"),
    /// or is followed only by a generic recipient ("为 1000 名服务对象开展服务"). "对 198 家养老机构开展…" is not.
    /// </summary>
    /// <summary>The indicator a line's short label names before its colon ((一)城市低保标准：…), if it accepts the number's counter.</summary>
    private static AliasHit? LabelIndicator(string text, IReadOnlyList<AliasHit> aliases, Quantity q)
    {
        if (q.Unit is null) return null;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, q.Start - 1)) + 1;
        var colon = text.AsSpan(lineStart, q.Start - lineStart).LastIndexOfAny('：', ':');
        if (colon < 0) return null;
        // The label runs from the sentence stop before the colon (一是低保工作:…。三是临时救助工作:…) and is short.
        var labelStart = text.AsSpan(lineStart, colon).LastIndexOfAny("。；;") + 1;
        if (colon - labelStart is < 2 or > 20) return null;
        var label = Within(aliases, new TextSpan(lineStart + labelStart, lineStart + colon)).Where(a => a.Indicator.CanonicalUnit(q.Unit) is not null).ToList();
        return label.Count > 0 ? label[^1] : null;
    }

    /// <summary>The one indicator accepting the counter that the number's line names before its sentence, for a number of no noun of its own.</summary>
    private static AliasHit? LineIndicator(string text, IReadOnlyList<AliasHit> aliases, Quantity q, TextSpan item, TextSpan sentence)
    {
        if (q.Unit is null or "%" or "‰" || sentence.Start == 0 || text[sentence.Start - 1] == '\n') return null;
        if (aliases.Any(a => a.Start >= item.Start && a.End <= item.End) || !CountsNothingOfItsOwn(text, q, item)) return null;
        var lineStart = text.LastIndexOf('\n', sentence.Start - 1) + 1;
        var named = Within(aliases, new TextSpan(lineStart, sentence.Start)).Where(a => a.Indicator.CanonicalUnit(q.Unit) is not null).ToList();
        return named.Count > 0 && named.All(a => a.Indicator.Id == named[0].Indicator.Id) ? named[^1] : null;
    }

    private static bool CountsNothingOfItsOwn(string text, Quantity q, TextSpan item)
    {
        if (q.Unit is "%" or "‰") return true;
        // "新增18户43人": the people of the same households are not a thing of the number's own.
        var rest = PairedPeople().Replace(text[q.End..item.End], "").TrimStart();
        if (GenericRecipients.Any(r => rest.StartsWith(r, StringComparison.Ordinal))) return true;
        // "其中11个正式运营": a state, not a thing of its own.
        if (StateAfter().IsMatch(rest)) return true;
        if (rest.Length > 0) return false;
        // "建成城市中心公墓1个": a thing named before the number in its own item, outside the catalog, is its own thing,
        // not the one an earlier clause names; a generic one ("新增照护服务对象 4000 余人") is not.
        var own = WithoutLeadWords(text.AsSpan(item.Start, q.Start - item.Start)).ToString();
        foreach (var (cue, _) in MeasureCues)
        {
            var at = own.LastIndexOf(cue, StringComparison.Ordinal);
            if (at >= 0) { own = own[(at + cue.Length)..]; break; }
        }
        return own.Count(IsIdeograph) < 4 || GenericRecipients.Any(g => own.EndsWith(g, StringComparison.Ordinal)) || !StartsWithVerb(text, item);
    }

    /// <summary>The item opens with a verb of its own (建成, 新增, 安装 …), so the words after it are its own object.</summary>
    private static bool StartsWithVerb(string text, TextSpan item)
    {
        var lead = text.AsSpan(item.Start, item.End - item.Start).TrimStart();
        foreach (var (cue, _) in MeasureCues) if (lead.StartsWith(cue, StringComparison.Ordinal)) return true;
        return lead.StartsWith("安装", StringComparison.Ordinal) || lead.StartsWith("设立", StringComparison.Ordinal);
    }

    private static readonly string[] GenericRecipients = ["老年人", "服务对象", "对象", "建设任务", "用户", "家庭", "人次", "点位", "的年度目标", "的目标", "目标任务", "年度目标", "年度任务"];

    /// <summary>
    /// A name before the number is not what it counts when another number counts it first ("近 2600 家社会组织…发布
    /// 6.8 万余个岗位"), or when a verb and a noun of their own stand between ("社会组织共完成…项目720余个").
    /// </summary>
    private static bool CountsSomethingElse(string text, AliasHit a, Quantity q)
    {
        // A baseline (由 728 元提高为 735 元) and a first count of the same thing (6634户9042人) do not count it away.
        // "…社会组织及其会员单位发布 6.8 万余个岗位": a noun of its own right after the number is what it counts.
        var nounAt = AgeAfter().Match(text, q.End) is { Success: true } age ? q.End + age.Length : q.End;
        // (3174元/年/人 has named what it counts: money per person and period.)
        if (!q.PerPersonOrPeriod && StartsWithOwnNoun(text, nounAt) && !GenericRecipients.Any(g => string.CompareOrdinal(text, nounAt, g, 0, g.Length) == 0)
            && !CoversPlaces(text, nounAt)) return true;
        var between = BaselinePhrase().Replace(text[a.End..q.Start], "");
        // (a year is no count: 低保标准由2023年的每人每年6996元调整为每人每年7500元)
        if (between.Any(char.IsAsciiDigit)) between = YearNamed().Replace(between, "");
        if (between.Any(char.IsAsciiDigit)) return !PairedCount().IsMatch(between);
        // The verb that stands last; of two at the same place, the one listed first.
        (string? Cue, int At) lastCue = (null, -1);
        foreach (var (cue, _) in MeasureCues)
            if (between.LastIndexOf(cue, StringComparison.Ordinal) is var at && at > lastCue.At) lastCue = (cue, at);
        foreach (var cue in OtherVerbs)
            if (between.LastIndexOf(cue, StringComparison.Ordinal) is var at && at > lastCue.At) lastCue = (cue, at);
        if (lastCue.Cue is null) return false;
        var trailing = QualifierWords().Replace(between[(lastCue.At + lastCue.Cue.Length)..], "");
        foreach (var generic in GenericRecipients) trailing = trailing.Replace(generic, "");
        return trailing.Count(c => c >= '\u4e00' && c <= '\u9fff') >= 2;
    }

    // Two ideographs right after the counter, not a qualifier (以上, 左右), a particle (其中, 为, 的) nor a period (650元每月).
    private static bool StartsWithOwnNoun(string text, int at) =>
        at + 2 <= text.Length && IsIdeograph(text[at]) && IsIdeograph(text[at + 1]) && "以左其为的".IndexOf(text[at + 1]) < 0
        && "以左其为的每".IndexOf(text[at]) < 0;

    [GeneratedRegex(@"^.*以来|(?:办理|新增|新建|完成|建成|发放|救助|累计|共|约|近|超)+$")]
    private static partial Regex SincePhrase();

    // "174 名 80 岁以上的经济困难老人": an age between the count and its noun.
    [GeneratedRegex(@"\G\s*\d+\s*周?岁(?:以上|以下)?的?")]
    private static partial Regex AgeAfter();

    /// <summary>"居家养老服务中心(站)33个村居(社区)的全覆盖": places the named thing covers, not a thing of its own.</summary>
    private static bool CoversPlaces(string text, int at)
    {
        var rest = text.AsSpan(at, Math.Min(24, text.Length - at));
        if (!(rest.StartsWith("村居") || rest.StartsWith("社区") || rest.StartsWith("街镇") || rest.StartsWith("乡镇") || rest.StartsWith("街道")
              || rest.StartsWith("行政村") || rest.StartsWith("村"))) return false;
        var end = rest.IndexOfAny("，,。；;\n");
        return (end < 0 ? rest : rest[..end]).Contains("覆盖", StringComparison.Ordinal);
    }

    private static bool IsIdeograph(char c) => c >= '\u4e00' && c <= '\u9fff';

    private static readonly string[] OtherVerbs = ["发布", "发放", "惠及", "纳入", "资助"];

    [GeneratedRegex(@"不少于|不低于|至少|超过|以上|累计|达到|每人每一?个?[月年]|每一?个?[月年]|[月年]?人均|约|近|超|达|共|为|\s")]
    private static partial Regex QualifierWords();

    // 728元 / 5900人 / 31.18% / 1000张 before 提高到: the old level of whatever the change counts.
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*[万亿]?\s*(?:[%‰]|[\p{IsCJKUnifiedIdeographs}]{1,2}?)?\s*(?:/\s*人\s*/\s*[月年])?\s*(?:分别)?(?:提高|调整|增加|上调|提升|上升|扩大|降低|下降|减少|降|减|增|升)\s*(?:为|到|至)")]
    private static partial Regex BaselinePhrase();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*年")]
    private static partial Regex YearNamed();

    // (1820元/人/月和: money per person and period is one counter)
    [GeneratedRegex(@"^[^\d，,；;]*\d[\d,.]*\s*(?:元(?:\s*[/／]\s*[人户月年天日床次](?:·[月年])?)+)?[\p{IsCJKUnifiedIdeographs}]{1,2}\s*$")]
    private static partial Regex PairedCount();

    [GeneratedRegex(@"人均|月均|补差|支出")]
    private static partial Regex AveragePaid();

    /// <summary>The alias hits inside a span; hits are in text order and never overlap, so a binary search finds the first.</summary>
    private static List<AliasHit> Within(IReadOnlyList<AliasHit> aliases, TextSpan span)
    {
        int lo = 0, hi = aliases.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (aliases[mid].Start < span.Start) lo = mid + 1; else hi = mid;
        }
        var end = lo;
        while (end < aliases.Count && aliases[end].Start < span.End) end++;
        var hits = new List<AliasHit>(end - lo); // sized once: this runs for every number
        for (var i = lo; i < end; i++) hits.Add(aliases[i]);
        return hits;
    }

    /// <summary>"低保边缘家庭": the families just above a roll (边缘), not on it.</summary>
    // "低保边缘对象3025户" / "低保适龄妇女“两癌”检查17万人" / "低保家庭老年人769户": a roll's name that qualifies another group
    // (its edge, its women, its elderly) does not name what the number counts.
    private static bool QualifiesAnotherGroup(string text, AliasHit a) => GroupQualified().IsMatch(text, a.End);

    [GeneratedRegex(@"\G(?:户|家庭)?(?:边缘|适龄|低收入|老年人|妇女|儿童|学生|残疾人|精神残疾人)")]
    private static partial Regex GroupQualified();

    private static bool IsGloss(string text, AliasHit a, IReadOnlyList<AliasHit> aliases) =>
        a.Start > 0 && text[a.Start - 1] is '(' or '（' && aliases.Any(o => o.End == a.Start - 1);

    /// <summary>
    /// An indicator named earlier in the sentence is not this number's when another number already counts it in
    /// another clause or list item ("新增残疾人就业2951人、…提供社会化照护服务2120人"); a 分别 list shares it
    /// ("标准分别达到 7992 元、5900 元"), and so does a stated target ("…20个，超额完成15个的年度目标任务").
    /// </summary>
    private static bool BelongsToAnotherFigure(string text, AliasHit a, Quantity q, TextSpan item)
    {
        var between = text[a.End..q.Start];
        if (!between.Any(char.IsAsciiDigit)) return false;
        var clauseLead = text[Enclosing(text, q.Start, IsClauseBoundary).Start..q.Start];
        // "取消农村低保99户157人，新增18户43人" / "调出城乡低保 4025 人，调进 4132 人": what is added to a roll after what is
        // taken off it counts the roll the removal named.
        if (RemovalBefore().IsMatch(text[Math.Max(0, a.Start - 10)..a.Start].Split('，', ',', '；', '。')[^1]) && AdditionLead().IsMatch(clauseLead)) return false;
        // "城市低保新增37户58人,清退231户411人,共有2511户,3677人": a clause that only totals counts the roll the sentence opened with.
        if (TotalOnlyLead().IsMatch(clauseLead)) return false;
        var rest = text[q.End..item.End].TrimStart();
        if (rest.StartsWith("的年度目标", StringComparison.Ordinal) || rest.StartsWith("的目标", StringComparison.Ordinal)) return false;
        // "新增老年食堂15个…其中3个点位已完成建设": a part of the sentence's figure counts the same thing.
        var lead = text[item.Start..q.Start].TrimStart();
        if (lead.StartsWith("其中", StringComparison.Ordinal)
            && (GenericRecipients.Any(g => rest.StartsWith(g, StringComparison.Ordinal))
                // "已经建成助餐点16个，其中11个正式运营": a part in a state of its own counts the same thing.
                || StateAfter().IsMatch(rest)
                // "其中2023年6月1日扩大试点工作以来办理6.95万对": a part since a date, no noun of its own.
                || rest.Length == 0 && SincePhrase().Replace(lead[2..], "").Count(IsIdeograph) == 0)) return false;
        var crossesClause = Enumerable.Range(a.End, q.Start - a.End).Any(i => IsBoundaryAt(text, i, IsClauseBoundary));
        return crossesClause || !between.Contains("分别", StringComparison.Ordinal);
    }

    /// <summary>
    /// The measure named by the item's own verb, else by the verb that opens its clause (it distributes over a
    /// 、 list), else, for a "其中…" clause, by the clause it qualifies ("新增养老床位 1,200 张，其中认知障碍照护床位 400 张").
    /// </summary>
    private static string? FindMeasure(string text, TextSpan item, TextSpan clause, TextSpan sentence, IReadOnlyList<AliasHit> aliases)
    {
        return MeasureIn(WithoutAliases(text, item.Start, item.End, aliases))
               ?? MeasureIn(WithoutAliases(text, clause.Start, item.Start, aliases))
               ?? (text[clause.Start..clause.End].TrimStart().StartsWith("其中", StringComparison.Ordinal)
                   ? MeasureIn(WithoutAliases(text, sentence.Start, clause.Start, aliases))
                   : null)
               ?? ListVerb(text, clause)
               // "新建养老设施221个，其中区县养老服务中心3个，日托中心63个": the parts listed after 其中 share the whole's verb.
               ?? PartsVerb(text, clause, sentence, aliases)
               // "为1000户老年人进行居家环境适老化改造": the verb is the name's own (改造) after 进行 / 实施.
               ?? (DoVerb().IsMatch(text.AsSpan(item.Start, item.End - item.Start)) ? MeasureIn(text[item.Start..item.End]) : null);
    }

    [GeneratedRegex(@"进行|实施")]
    private static partial Regex DoVerb();

    [GeneratedRegex(@"(?:" + LevelChanges.Verbs + @")(?:到|至|为)[^，,。；;\d]{0,8}$")]
    private static partial Regex NewLevelBefore();

    /// <summary>The verb of the clause a 其中 list of name-and-number parts divides, for a later part of that list.</summary>
    private static string? PartsVerb(string text, TextSpan clause, TextSpan sentence, IReadOnlyList<AliasHit> aliases)
    {
        if (clause.Start <= sentence.Start) return null;
        var own = text.AsSpan(clause.Start, clause.End - clause.Start).Trim();
        if (!NameAndNumber().IsMatch(own)) return null;
        var parts = text.LastIndexOf("其中", clause.Start - 1, clause.Start - sentence.Start, StringComparison.Ordinal);
        if (parts <= sentence.Start) return null;
        // Every clause between 其中 and this one is a name and a number too.
        var between = text[parts..clause.Start].Split('，', ',', '、');
        if (!between.Where(c => c.Trim().Length > 0).All(c => NameAndNumber().IsMatch(c.Trim().StartsWith("其中") ? c.Trim()[2..] : c.Trim()))) return null;
        return MeasureIn(WithoutAliases(text, sentence.Start, parts, aliases));
    }

    /// <summary>"新增托位1140个，普惠托位685个": a clause of a name and a number only continues the list the clause before it opened with a verb.</summary>
    private static string? ListVerb(string text, TextSpan clause)
    {
        if (clause.Start < 2 || text[clause.Start - 1] is not ('，' or ',' or '、')) return null;
        var own = text.AsSpan(clause.Start, clause.End - clause.Start).Trim();
        if (own.IndexOfAny("0123456789") < 0 || !NameAndNumber().IsMatch(own)) return null;
        var previous = Enclosing(text, clause.Start - 2, IsClauseBoundary);
        var lead = text.AsSpan(previous.Start, previous.End - previous.Start).TrimStart();
        // "二、新建老年日间服务中心1所，社区老年人助餐服务点2个": a heading's number is not part of its verb.
        if (TaskHeading().Match(lead.ToString()) is { Success: true } marker) lead = lead[marker.Length..].TrimStart();
        foreach (var (cue, measure) in MeasureCues)
            if (lead.StartsWith(cue, StringComparison.Ordinal)) return NameAndNumber().IsMatch(lead[cue.Length..]) ? measure : null;
        return null;
    }

    // A name (after a grade such as 4A级以上, or a 、 list of names) and a number with its counter.
    [GeneratedRegex(@"^(?:\d[A-Z]级(?:以上)?)?[\p{IsCJKUnifiedIdeographs}（）()、]{2,16}\s*\d+(?:\.\d+)?\s*[\p{IsCJKUnifiedIdeographs}]{1,2}\s*$")]
    private static partial Regex NameAndNumber();

    /// <summary>The span with indicator names blanked, so that 改造 inside 居家环境适老化改造 is not read as a verb.</summary>
    private static string WithoutAliases(string text, int start, int end, IReadOnlyList<AliasHit> aliases)
    {
        var chars = text[start..end].ToCharArray();
        foreach (var a in aliases)
            for (var i = Math.Max(a.Start, start); i < Math.Min(a.End, end); i++) chars[i - start] = ' ';
        return new string(chars);
    }

    public static bool HasMeasureCue(string span) => span.AsSpan().IndexOfAny(AnyMeasureCue) >= 0;

    private static string? MeasureIn(string span)
    {
        foreach (var (cue, measure) in MeasureCues)
            if (span.Contains(cue, StringComparison.Ordinal)) return measure;
        return null;
    }

    /// <summary>A part of the text and the kind and year its figures default to; Subject is what its heading reports on (临时救助).</summary>
    /// <summary>Task: a progress report's numbered task line, whose figures are stated targets even with no verb of their own.</summary>
    /// RowProgress: the progress cells of a table row whose first sentence is its task.
    private readonly record struct Section(int Start, string Kind, int Year, string? Subject = null, bool Task = false, bool RowProgress = false);

    // 铜川市122个农村幸福院全面建成 / 2015上海市政府23件实事项目全面完成 / 29项为民办实事项目,如期完成! /
    // 2021年区政府实事项目完成情况看过来 / 西宁市兑现30项民生实事:
    // a headline reporting completion (a 完成情况进度表 is a progress table: its tasks are targets).
    [GeneratedRegex(@"(?:全面|全部|顺利|圆满|如期)(?:建成|完成|落实)|完成情况(?!进度)|兑现\d+[项件个]")]
    private static partial Regex CompletionTitle();

    // (1)… / 1.… / 一是… at the head of a line that ends as a sentence does.
    [GeneratedRegex(@"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、是]|[(（][一二三四五六七八九十]{1,3}[)）]).*[。；;]$")]
    private static partial Regex ListItemSentence();

    /// <summary>
    /// A text whose words tell what happened more often than what is to be done (了, 已, 累计, 截至 against 将, 力争, 确保,
    /// 计划, 要, 目标 …) reports, whatever its title: of the real corpus's 66 plans and notices, 4 lean this way; of its
    /// 108 summaries and progress reports, 77. Its title must not name a plan (方案, 通知, 要点 …).
    /// </summary>
    /// <summary>
    /// A text that issues a plan for a period (《…三年行动计划(2025—2027年)》发布 / a title …规划（2021—2025年）) sets its goals
    /// for the period's last year: the year of a target that names none.
    /// </summary>
    private static int? OwnPlanPeriodEnd(string text)
    {
        var head = text[..Math.Min(text.Length, 400)];
        var firstLineEnd = head.IndexOf('\n');
        if (PeriodPlanTitle().Match(firstLineEnd < 0 ? head : head[..firstLineEnd]) is { Success: true } title)
            return int.Parse(title.Groups["end"].Value);
        return IssuedPeriodPlan().Match(head) is { Success: true } issued ? int.Parse(issued.Groups["end"].Value) : null;
    }

    [GeneratedRegex(@"^[^，,。；]{2,40}(?:计划|规划|方案)\s*[(（]\s*20\d{2}\s*年?\s*[—–\-~～至]+\s*(?<end>20\d{2})\s*年?\s*[)）]")]
    private static partial Regex PeriodPlanTitle();

    [GeneratedRegex(@"(?:印发|发布|出台|制定)了?《[^《》]{2,40}(?:计划|规划|方案)\s*[(（]\s*20\d{2}\s*年?\s*[—–\-~～至]+\s*(?<end>20\d{2})\s*年?\s*[)）]》|《[^《》]{2,40}(?:计划|规划|方案)\s*[(（]\s*20\d{2}\s*年?\s*[—–\-~～至]+\s*(?<end>20\d{2})\s*年?\s*[)）]》\s*(?:正式)?(?:印发|发布|出台)")]
    private static partial Regex IssuedPeriodPlan();

    private static bool TellsWhatHappened(string text, string? opening, IReadOnlyList<Quantity> quantities)
    {
        var firstLineEnd = text.IndexOf('\n');
        var title = firstLineEnd < 0 ? text : text[..firstLineEnd];
        // A first line that runs on past a sentence's end is the text itself, not a title (…“七五”普法任务圆满完成。).
        if (title.TrimEnd().Length > 0 && title.AsSpan().TrimEnd().IndexOfAny('。', '；') is var stop and >= 0 && stop < title.TrimEnd().Length - 1) title = "";
        // So is a long first line that ends as a sentence does (截至十月底，…占年度投资计划92.1%，较去年同期提高1.6个百分点。).
        if (title.TrimEnd().Length > 30 && title.TrimEnd().EndsWith('。')) title = "";
        // (2022年,市中区办好22件民生实事: a headline counting the year's tasks to do well.)
        if (PlanTitleWords().IsMatch(title) || PlanDocumentWords().IsMatch(title) || TasksToDoWell().IsMatch(title)) return false;
        // A table pairs tasks with their progress; one stray bar (a page's last cell) is not a table.
        if (text.IndexOf('|') is >= 0 and var bar && text.IndexOf('\n', bar) is >= 0 and var nextLine && text.IndexOf('|', nextLine) >= 0) return false;
        // "2021年，大安市聚焦群众期盼，…重点实施五大工程暖民心。" / "去年，东阳市全力推进殡葬改革…": a text whose first sentence opens
        // with a year (or a date reached: 截至十月底，) and says nothing of what will be done looks back on it (not one that tells how
        // the year's list was settled: 2019年，…经由3568名人大代表票决，产生了…民生实事项目141件).
        if (opening is not null && (YearReviewOpening().IsMatch(opening) && !OpeningPlans().IsMatch(opening)
            && !ListSettled().IsMatch(opening) || ReportLooksBack().IsMatch(opening))) return true;
        var happened = 0;
        foreach (var cue in HappenedCues) happened += Occurrences(text, cue);
        // "对已建成的社区长者食堂开展评估": 已 describing a thing (已…的) says nothing about what the text reports.
        if (text.Contains('已')) happened -= AttributiveAlready().Count(text);
        // "粮食安全更加稳固。脱贫成果持续巩固。": a field and what it reached, a sentence of its own, heads a review's paragraph;
        // a plan puts the verb first (深入推进厕所革命) or says it will (群众居住条件将持续改善).
        happened += 3 * AchievementSentence().Count(text);
        var planned = 0;
        foreach (var cue in PlannedCues) planned += Occurrences(text, cue);
        // Figures measured as they came out outweigh a few words of intent, not a text full of them, nor an opening that
        // tells of a plan (获悉，今年…确定今年继续为群众办好十件民生实事: its 投资9530万元 are budgets).
        var measured = planned <= happened + 3 && !HeadNamesPlan(text) && MostlyMeasured(quantities)
                       && !(opening is not null && PlanNewsOpening().IsMatch(opening));
        // Lists of 民生实事 pair each task with its progress: their figures are tasks unless the text tells what happened far more
        // often than what will be done (…6类30项民生实事全部兑现… / 回首2024): of the corpus's 120 plans and notices naming 实事,
        // none does; of its 95 summaries and progress reports, 19.
        if (text.Contains("实事", StringComparison.Ordinal)) return happened >= 2 * planned + 4 || measured;
        // One cue is enough where nothing at all says what will be done (…着力破解“老小旧远”民生难题。…实现了…).
        return happened > planned && (happened >= 2 || planned == 0) || measured;
    }

    /// <summary>
    /// A goal is set in round figures (新增床位1000张, 覆盖率达到90%); a count of what was done comes out as it happened
    /// (交付安置住房2156套, 发放补贴176.02万元, 新建农村公路51.15公里). A text with at least four figures of three or more
    /// significant digits, two in five of its counted figures, reads as a report where no plan title and no crowd of words
    /// of intent say otherwise: of the 96 real texts it turns to reports, the gold makes 86 mostly results and 6 mostly targets.
    /// </summary>
    private static bool MostlyMeasured(IReadOnlyList<Quantity> quantities)
    {
        int measured = 0, counted = 0;
        foreach (var q in quantities)
        {
            if (q.IsChineseNumeral || q.Unit is null || DateUnits.Contains(q.Unit) || DesignedUnits.Contains(q.Unit)) continue;
            // A year written with a percentage sign is a share; any other four-digit number from 1900 to 2099 is a year.
            if (q.Unit is not ("%" or "‰") && !q.HasMagnitude && q.NumberText.Length == 4 && q.NumberText[..2] is "19" or "20") continue;
            counted++;
            var digits = q.NumberText.Replace(".", "").Replace(",", "").Trim('0');
            if (digits.Length >= 3) measured++;
        }
        return measured >= 4 && measured * 5 >= counted * 2;
    }

    /// <summary>
    /// A line at the head, under the issuer's name, that titles the text a plan ("关于印发《2025年上海市民政工作要点》的通知"),
    /// not a report on one (2024年工作计划完成情况).
    /// </summary>
    private static bool HeadNamesPlan(string text)
    {
        foreach (var line in text.Split('\n', 10, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8))
            if (line.Length <= 60 && !line.Contains('。') && PlanNamedInHead().IsMatch(line) && !ReportNamedInHead().IsMatch(line)) return true;
        return false;
    }

    [GeneratedRegex(@"要点|计划|规划|方案|下达|任务")]
    private static partial Regex PlanNamedInHead();

    [GeneratedRegex(@"总结|完成情况|执行情况|进展|成效|回顾|评估")]
    private static partial Regex ReportNamedInHead();

    // Budgets, standards and floor areas are set to the yuan and the square metre in plans too.
    private static readonly HashSet<string> DesignedUnits = ["元", "万元", "亿元", "平方米", "平米", "亩", "公顷", "立方米"];
    private static readonly HashSet<string> DateUnits = ["年", "月", "日", "天", "岁", "号", "期", "届", "级", "周", "轮", "小时", "分钟"];

    /// <summary>The text's first 。-sentence of its body: after a title line, if the first line is one.</summary>
    private static string? OpeningSentence(string text)
    {
        var lines = text.Split('\n', 4, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var stop = line.IndexOf('。');
            // A title or heading; the first line, even one that ends with 。 (雕琢民生细节，解锁民生幸福密码。), is the title when short,
            // and so is a motto of a few words after it (民之所望，政之所向。).
            // A title that itself opens with its year (2024年,我们用心用情办实事,发展成果可感可及) is the text's opening.
            if ((stop < 0 && !YearReviewOpening().IsMatch(line)
                 || (i == 0 || line.Length <= 12 && !line.Any(char.IsAsciiDigit)) && stop == line.Length - 1 && !YearReviewOpening().IsMatch(line))
                && line.Length <= 40) continue;
            var sentence = stop < 0 ? line : line[..stop];
            // "…1月8日讯1月8日，…人民代表大会…开幕，区长…作政府工作报告。2024年，…": a news lede that tells of the meeting is not
            // the text's opening; the sentence after it is.
            if (stop >= 0 && MeetingLede().IsMatch(sentence) && !YearReviewOpening().IsMatch(sentence))
            {
                // (A lede that ends its line hands the opening to the next line.)
                if (stop == line.Length - 1) continue;
                sentence = line.IndexOf('。', stop + 1) is var next and > 0 ? line[(stop + 1)..next] : line[(stop + 1)..];
            }
            // (What a slogan in quotes says will be done is not the text's plan: “疫情要防住，经济要稳住”.)
            return QuotedSlogan().Replace(sentence, "");
        }
        return null;
    }

    // 2021年，… / 去年，… / 一年来，… / 近年来，… / 今年上半年，… / 截至十月底，… / 民生事业 2017年，… (a yearbook entry's heading first) /
    // 【红十字人道救助】2017年,… (a yearbook entry's bracketed heading) / 编者按:2024年,… (an editor's lede) (not 2021年是…之年,
    // which plans open with too).
    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]{2,8}\s+|[^，,。]{0,12}讯\s*(?:[(（][^()（）]{0,20}[)）])?\s*|编者按\s*[:：]\s*|【[^】]{1,12}】\s*)?(?:20\d{2}年(?:以来)?|去年|一年来|近年来|今年以来|(?:今年)?上半年|前三季度|过去一年|截[至止][^，,。]{1,12}[底末])[，,]")]
    private static partial Regex YearReviewOpening();

    // What will be done, not the year's plan a result is measured against (占年度投资计划92.1%) nor 要 inside a word (总体要求, 主要)
    // nor a way of working (坚持…目标导向).
    [GeneratedRegex(@"将|力争|确保|(?<!年度|全年|投资|按)计划|(?<![主重需纪摘概必])要(?![求点])|到20|年底前|(?<!年度)目标(?!导向)|拟")]
    private static partial Regex OpeningPlans();

    [GeneratedRegex(@"办好(?:这|今年)?[\d一二三四五六七八九十]+[件项]")]
    private static partial Regex TasksToDoWell();

    [GeneratedRegex(@"“[^“”]{0,40}”")]
    private static partial Regex QuotedSlogan();

    [GeneratedRegex(@"(?:政府工作报告|开幕|召开|举行|闭幕)$")]
    private static partial Regex MeetingLede();

    // "报告称河北省去年民生和社会事业持续发展" / "报告显示2013年吉林省社会建设取得新成绩": news of a government work report that
    // relays its review of the year before.
    [GeneratedRegex(@"^报告(?:称|显示|指出)[，,：:]?[\p{IsCJKUnifiedIdeographs}]{0,8}?(?:(?<last>去年|过去一年|一年来)|(?<year>20\d{2})年)(?!以来)[^将要]{0,24}$")]
    private static partial Regex ReportLooksBack();

    // "重庆召开2022年全市民政工作视频会议，总结2021年全市民政工作，部署2022年工作任务": a meeting named for the year it opens
    // reviews the one it sums up.
    [GeneratedRegex(@"总结(?<year>20\d{2})\s*年")]
    private static partial Regex SummedUpYear();

    /// <summary>The year a relayed report's review looks back on (the year before the report's, unless it names one), or the year a meeting sums up.</summary>
    private static int? RelayedReviewYear(string? opening, int documentYear) =>
        opening is null ? null
        : ReportLooksBack().Match(opening) is { Success: true } review
            ? review.Groups["year"].Success ? int.Parse(review.Groups["year"].Value) : documentYear - 1
        : SummedUpYear().Match(opening) is { Success: true } summed ? int.Parse(summed.Groups["year"].Value)
        : null;

    [GeneratedRegex(@"票决|确定了?|出炉|敲定|通过了")]
    private static partial Regex ListSettled();

    // 一、过去一年工作回顾 / 上年工作完成情况 in a 政府工作报告 dated by the year it opens: a heading over the year before.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")]
    private static partial Regex NumberedHeading();

    private static bool NamesThePastYear(string heading) =>
        heading.Contains("过去一年", StringComparison.Ordinal) || heading.Contains("上年", StringComparison.Ordinal)
        || heading.Contains("去年", StringComparison.Ordinal);

    // Besides 了 and 已, the words of a verdict on work done (取得…成效, 有力推进, 圆满完成, 比上年, 超额) and a yearbook entry's
    // 【概况】: 338 of the corpus's 820 reports hold one and 66 of its 636 plans do; of the texts with none of the other cues,
    // 16 of 38 reports and 4 of 81 plans. A verdict of change (日趋完善, 显著提升) counts too. (顺利 is left out: plans say
    // 顺利推进 as often; so are 现有, 明显 and 封顶, which lost more figures than they won.)
    private static readonly string[] HappenedCues = ["了", "已", "累计", "截至", "截止", "以来", "共计",
        "取得", "成效", "有力", "稳步", "圆满", "比上年", "同比", "超额", "被评为", "【概况】", "一年来", "日趋", "显著"];
    private static readonly string[] PlannedCues = ["将", "力争", "确保", "计划", "要", "到20", "年底前", "目标", "拟"];

    [GeneratedRegex(@"已[\p{IsCJKUnifiedIdeographs}]{1,3}的")]
    private static partial Regex AttributiveAlready();

    // (The predicate leads the pattern, so the scan jumps from one to the next; the field before it is looked back on.)
    [GeneratedRegex(@"(?<=(?:^|[。；;])\s*(?:[一二三四五六七八九十]{1,3}是|[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）])?(?:(?![将要拟力确])[^。，,；;\n：:]){2,14})(?:稳步推进|深入推进|扎实推进|有序推进|持续巩固|大幅改观|不断壮大|更加稳固|织密筑牢|有效改善|明显改善|持续改善|显著提升|稳步提升|持续提升|全面加强|不断完善|日益完善|成效明显|成效显著|取得新进展|取得新突破|迈出新步伐)[。；;]", RegexOptions.Multiline)]
    private static partial Regex AchievementSentence();

    private static int Occurrences(string text, string cue) => text.AsSpan().Count(cue.AsSpan());

    [GeneratedRegex(@"要点|计划|规划|任务|安排|打算|思路")]
    private static partial Regex PlanDocumentWords();

    // 确保…全面完成 / …实施方案 / 关于…的通知: a title that asks for completion, not one that reports it.
    [GeneratedRegex(@"确保|力争|方案|意见|通知|要求")]
    private static partial Regex PlanTitleWords();

    // 一、主要目标 / （二）发展目标: a heading over goals, often dated by the sentence after it (到2020年，…).
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?(?:主要目标|发展目标|总体目标|工作目标|目标任务|主要任务目标)[：:]?$")]
    private static partial Regex GoalHeading();

    [GeneratedRegex(@"^\s*(?:到|至)\s*(?<year>20\d{2})\s*年")]
    private static partial Regex DeadlineOpening();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}[、.．]")]
    private static partial Regex TopHeading();

    // The subject of a results heading: 二、临时救助工作开展情况 → 临时救助.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])?(?<subject>[\p{IsCJKUnifiedIdeographs}]{2,10}?)(?:工作)?(?:开展情况|完成情况|进展情况|落实情况|推进情况)")]
    private static partial Regex HeadingSubject();

    // "…今年本市将再建至少40个。另外，…将调整至每月700元以上。这是北京青年报记者从昨天举行的…发布会上了解到的。": news whose
    // sentences say what the year will bring, then name their source.
    [GeneratedRegex(@"(?:(?<year>20\d{2})年|今年)[^。；;]{0,16}?(?<!即)将[^。]*。(?:[^。]*。){0,4}?这是[^。]{0,40}?记者[^。]{0,60}?(?:获悉|了解到|得知)的")]
    private static partial Regex PlansBeforeSource();

    // …实事具体包括： / …项目分别是： / 切实办好12件重点民生实事： (a count of tasks, then the list).
    [GeneratedRegex(@"(?:实事|项目|工程)[^。；;：:\n]{0,24}?(?:具体包括|主要包括|包括|分别是|分别为|如下)[：:]|具体包括[：:]|(?<![\d一二三四五六七八九十])[\d一二三四五六七八九十]{1,3}\s*[件项][^。；;：:\n，,]{0,8}?实事(?:项目)?[：:]")]
    private static partial Regex TaskListOpening();

    // Words of a report, not a plan: the list after them tells what was done (not the 政府工作报告 that sets the list: 报告提出…).
    [GeneratedRegex(@"已|完成|进展|进度|总结|汇报|(?<!工作)报告(?!提出|指出)|通报|公示|情况如下")]
    private static partial Regex ReportWords();

    /// <summary>A work summary (上海民政2024年工作总结) inside a plan reports actuals of that year, not targets.</summary>
    /// <param name="progressReport">the text's head says it reports how tasks went (实事项目完成情况, 民心工程“成绩单”)</param>
    private static List<Section> Sections(string text, IReadOnlyList<Quantity> quantities, int documentYear, out bool progressReport)
    {
        var openingSentence = OpeningSentence(text);
        var sections = new List<Section> { TellsWhatHappened(text, openingSentence, quantities) ? new(0, FigureKinds.Actual, RelayedReviewYear(openingSentence, documentYear) ?? documentYear) : new(0, FigureKinds.Target, OwnPlanPeriodEnd(text) ?? documentYear) };
        var lineStart = 0;
        var lineNumber = 0;
        var lines = text.Split('\n');
        var inGoals = false;
        progressReport = IsProgressReport(lines);
        var inRunOnTable = false;
        // Once a sentence of the body has been read, a short line is an item of it, not the title.
        var bodyBegun = false;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var compact = line.Replace(" ", "");
            if (lineNumber < 6 && NextBodyLine(lines, index)?.Replace(" ", "") is { } titleRest && IsBrokenTitle(compact, titleRest))
                compact += titleRest;
            // A table whose cells ran together ("实事内容工作任务责任单位进展情况", then one row a line): each row's first
            // sentence is the task (a target), the rest of the row its progress (results); the table ends at an empty line.
            if (compact.Length <= 40 && compact.IndexOfAny(['，', ',', '。']) < 0 && RunOnTableHeader().IsMatch(compact))
            {
                inRunOnTable = true;
                lineStart += line.Length + 1;
                continue;
            }
            if (inRunOnTable)
            {
                if (compact.Trim().Length == 0) inRunOnTable = false;
                else if (line.IndexOf('。') is var period and > 0 && period < line.Length - 1)
                {
                    sections.Add(new Section(lineStart, FigureKinds.Target, documentYear, Task: true));
                    sections.Add(new Section(lineStart + period + 1, FigureKinds.Actual, documentYear, RowProgress: true));
                    sections.Add(new Section(lineStart + line.Length + 1, FigureKinds.Target, documentYear));
                    lineStart += line.Length + 1;
                    continue;
                }
            }
            // A progress report's numbered task ("（二）新增养老床位250张") with its progress written under it ("新增378张养老床位，
            // 超额完成年度任务"): the heading states the target, the lines under it report the result, until the next task.
            // "1.新增2个社区长者食堂" over "已选定…长者食堂，目前项目建设推进顺利。" likewise, when the lines under it are not numbered.
            if (progressReport && compact.Length <= 80 && (TaskHeading().IsMatch(compact) || ArabicTaskHeading().IsMatch(compact)) && compact.Any(char.IsAsciiDigit)
                && !compact.Contains('。') && NextBodyLine(lines, index) is { } body && !TaskHeading().IsMatch(body.Replace(" ", ""))
                && !ArabicTaskHeading().IsMatch(body.Replace(" ", "")))
            {
                sections.Add(new Section(lineStart, FigureKinds.Target, documentYear, Task: true));
                sections.Add(new Section(lineStart + line.Length + 1, FigureKinds.Actual, documentYear));
                lineStart += line.Length + 1;
                continue;
            }
            // 一、主要目标 / 到2020年，全面建成…：the goals listed under it are targets of that year, until the next part.
            if (compact.Length <= 12 && GoalHeading().IsMatch(compact))
            {
                var next = lines.Skip(index + 1).FirstOrDefault(l => l.Trim().Length > 0);
                if (next is not null && DeadlineOpening().Match(next) is { Success: true } by)
                {
                    sections.Add(new Section(lineStart, FigureKinds.Target, int.Parse(by.Groups["year"].Value)));
                    inGoals = true;
                    lineStart += line.Length + 1;
                    continue;
                }
            }
            else if (inGoals && TopHeading().IsMatch(compact))
            {
                sections.Add(new Section(lineStart, FigureKinds.Target, documentYear));
                inGoals = false;
            }
            // 铜川市122个农村幸福院全面建成: a headline reporting completion, what follows are results.
            // Not an item of a list (（1）全面建成投运…供水工程，让54.13万群众喝上…。), which is a sentence.
            if (lineNumber < 3 && !bodyBegun && compact.Length > 0 && compact.Length <= 60 && CompletionTitle().IsMatch(compact) && !PlanWords().IsMatch(compact)
                && !compact.Contains('《') && !PlanTitleWords().IsMatch(compact) && !ListItemSentence().IsMatch(compact))
            {
                lineNumber++;
                sections.Add(new Section(lineStart, FigureKinds.Actual,
                    YearInLine().Match(compact) is { Success: true } cy ? int.Parse(cy.Groups[1].Value) : documentYear));
                lineStart += line.Length + 1;
                continue;
            }
            // A summary's own title (2024年工作总结及2025年工作安排), or its opening words (现将全年工作情况总结如下),
            // make what follows results until a plan heading.
            // A summary's word inside 《》 names another document (印发《2024年工作总结》); outside it, this one
            // ("(原标题:《政府工作报告》解读二:2024年工作回顾)").
            var outsideBookTitles = compact.Contains('《') ? BookTitle().Replace(compact, "") : compact;
            // A page saved as one line has its title run into its body ("市民政局上半年工作汇报XX年上半年民政工作,在…").
            var titleLine = lineNumber == 0 || outsideBookTitles.Length <= 60;
            if (lineNumber++ < 6
                // (A press conference that 介绍 the year's list under a headline of the tasks to do well opens the plan's news:
                // "2022年,襄阳市政府将办好这十件民生实事".)
                && (titleLine && SummaryTitle().IsMatch(outsideBookTitles)
                    || !compact.Contains('《') && SummaryOpening().IsMatch(compact) && (index == 0 || !TasksToDoWell().IsMatch(lines[0]))))
            {
                // "记者…获悉，今年我市将…": news of a plan, what follows are the plan's targets (of the year it names).
                // "…2021年确定实施十大类30项重点民生实事项目。这是记者从市政府办公室获悉的。": so is news that the year's list was settled,
                // or that says what this year will bring before it names its source.
                var planNews = PlanNewsOpening().Match(compact);
                var settled = planNews.Success ? planNews : SettledList().Match(compact) is { Success: true } list ? list : PlansBeforeSource().Match(compact);
                if (settled.Success)
                {
                    var year = settled.Groups["year"];
                    sections.Add(new Section(lineStart, FigureKinds.Target, year.Success ? int.Parse(year.Value) : documentYear));
                    lineStart += line.Length + 1;
                    continue;
                }
                sections.Add(new Section(lineStart, FigureKinds.Actual,
                    // "市民政局20XX年度工作总结和2024年工作计划": the year masked, the plan's year after 总结 is the next one.
                    SummaryThenPlanYear().Match(compact) is { Success: true } next ? int.Parse(next.Groups["year"].Value) - 1
                    : YearInLine().Match(compact) is { Success: true } y ? int.Parse(y.Groups[1].Value)
                    : TitleYear().Match(compact) is { Success: true } ty ? int.Parse(ty.Groups[1].Value)
                    // "临武县民政局2025年工作计划和2024年工作总结" over "现将本年度工作情况总结如下": the year the title's 总结 names.
                    : PlanThenSummaryYear().Match(lines[0]) is { Success: true } summarised ? int.Parse(summarised.Groups["year"].Value)
                    : NumberedHeading().IsMatch(compact) && NamesThePastYear(compact) ? documentYear - 1
                    // an opening under a summary's title (现将全年…汇报如下) keeps the title's year
                    : sections[^1] is { Kind: FigureKinds.Actual } summary ? summary.Year : documentYear));
                lineStart += line.Length + 1;
                continue;
            }
            if (lineNumber <= 6 && sections.Count == 1 && YearbookSource().IsMatch(compact))
            {
                sections.Add(new Section(lineStart, FigureKinds.Actual, documentYear));
                lineStart += line.Length + 1;
                continue;
            }
            // 我市2018年一季度殡葬改革工作稳步推进: a title reporting a period's work, what follows are its results.
            // A page's head may hold it in a table's cell (| 内容概述 | 2025年1-6月新吴区为民办实事项目进展情况 |).
            if (lineNumber <= 6 && (compact.Contains('|') ? compact.Split('|') : [compact]).FirstOrDefault(cell => cell.Length is > 0 and <= 40
                    && PeriodProgressTitle().IsMatch(cell) && !PlanWords().IsMatch(cell)) is { } progressTitle)
            {
                sections.Add(new Section(lineStart, FigureKinds.Actual,
                    YearInLine().Match(progressTitle) is { Success: true } py ? int.Parse(py.Groups[1].Value) : documentYear));
                lineStart += line.Length + 1;
                continue;
            }
            // "(二)为民办实事考核指标完成情况。经考核验收,…": a numbered heading a page ran into its paragraph heads it still.
            var heading = compact.Length <= 30 ? compact : RunInHeading().Match(compact) is { Success: true } runIn ? runIn.Value : null;
            if (heading is not null)
            {
                if (SummaryHeading().Match(heading) is { Success: true } summary)
                    sections.Add(new Section(lineStart, FigureKinds.Actual, int.Parse(summary.Groups["year"].Value)));
                else if (PlanHeading().Match(heading) is { Success: true } plan && !heading.Contains('《'))
                    sections.Add(new Section(lineStart, FigureKinds.Target, int.Parse(plan.Groups["year"].Value)));
                else if (StartingPointHeading().IsMatch(heading))
                    sections.Add(new Section(lineStart, FigureKinds.Actual, StartingYear(heading, lines[0], documentYear)));
                else if (ResultHeading().IsMatch(heading))
                    sections.Add(new Section(lineStart, FigureKinds.Actual,
                        YearInLine().Match(heading) is { Success: true } ry ? int.Parse(ry.Groups[1].Value)
                        : NamesThePastYear(heading) ? documentYear - 1
                        // (一、工作开展情况 under "现将本年度工作情况总结如下": the summary's year.)
                        : sections[^1] is { Kind: FigureKinds.Actual } under ? under.Year : documentYear,
                        HeadingSubject().Match(heading) is { Success: true } subject ? subject.Groups["subject"].Value : null));
                else if (NextPlanHeading().Match(heading) is { Success: true } next)
                    sections.Add(new Section(lineStart, FigureKinds.Target,
                        next.Groups["when"].Value is "下半年" ? documentYear : documentYear + 1));
            }
            // "这12件实事包括：建设…住房500万平方米，解决6万户…" / "…15件重点民生实事。具体包括：" over one a line: the tasks a
            // plan sets, each quantity a task whatever its verb; a list run into its line ends with the line.
            if (sections[^1] is { Kind: FigureKinds.Target } current && TaskListOpening().Match(line) is { Success: true } opening
                && !ReportWords().IsMatch(line[..opening.Index]))
            {
                var listStart = lineStart + opening.Index + opening.Length;
                sections.Add(new Section(listStart, FigureKinds.Target, current.Year, Task: true));
                if (line[(opening.Index + opening.Length)..].Trim().Length > 0)
                    sections.Add(current with { Start = lineStart + line.Length + 1 });
            }
            bodyBegun |= compact.Length > 60 || compact.IndexOf('。') is >= 0 and var stop && stop < compact.Length - 1;
            lineStart += line.Length + 1;
        }
        return sections;
    }

    /// <summary>
    /// The year a plan starts from: the last of the five-year period before the one its heading (or else its title) names,
    /// else last year.
    /// </summary>
    private static int StartingYear(string heading, string title, int documentYear)
    {
        foreach (var named in new[] { heading, title })
            foreach (var (period, end) in FiveYearPlans.Periods)
                if (named.Contains(period, StringComparison.Ordinal)) return end - 5;
        return documentYear - 1;
    }

    // 1.… / 2、… at a line's head (not 1.5万…).
    [GeneratedRegex(@"^\d{1,2}[.、．](?!\d)")]
    private static partial Regex ArabicTaskHeading();

    // 一、… / （一）… : a task numbered with a Chinese numeral (Arabic numbers number the steps inside a task's progress).
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")]
    private static partial Regex TaskHeading();

    // 实事项目完成情况进度表 / …29项为民办实事项目完成 / 民心工程“成绩单”出炉: a head that says the text reports how tasks went.
    [GeneratedRegex(@"完成情况|进展情况|推进情况|实施情况|进度表|实施进度|项目完成|全部完成|全面完成|成绩单")]
    private static partial Regex ProgressHead();

    [GeneratedRegex(@"^[\w-]+\.(?:png|jpg|jpeg|gif)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageLine();

    // The header of a task-and-progress table run together: a task column and a progress column named in one line.
    [GeneratedRegex(@"^(?=.*(?:实事内容|工作任务|目标任务|任务目标|项目内容|建设内容))(?=.*(?:进展情况|完成情况|推进情况|进度)).{4,40}$")]
    private static partial Regex RunOnTableHeader();

    /// <summary>A text whose first lines say it reports progress on tasks, and not a plan that asks for it.</summary>
    private static bool IsProgressReport(string[] lines)
    {
        var head = lines.Select(l => l.Replace(" ", "").Trim()).Where(l => l.Length > 0).Take(5).ToList();
        for (var i = 0; i < Math.Min(4, head.Count); i++)
        {
            var line = i + 1 < head.Count && IsBrokenTitle(head[i], head[i + 1]) ? head[i] + head[i + 1] : head[i];
            if (ProgressHead().IsMatch(line) && !PlanTitleWords().IsMatch(line) && !line.Contains("计划", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"关于2023年为民办实事项目" over "实施情况的通报": a title a page broke over two lines, to be read whole.</summary>
    private static bool IsBrokenTitle(string line, string next) =>
        line.StartsWith("关于", StringComparison.Ordinal) && line.Length <= 40 && line.IndexOfAny(['，', ',', '。']) < 0
        && next.Length <= 24 && BrokenTitleEnd().IsMatch(next);

    /// <summary>The next line with words under a heading (pictures' file names skipped), or null at a heading's end of text.</summary>
    private static string? NextBodyLine(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && !ImageLine().IsMatch(trimmed)) return trimmed;
        }
        return null;
    }

    /// <summary>A row of a table and the kind its header gives each column; FromLeft: cells count from the first (no short rows).</summary>
    private readonly record struct TableRow(int Start, int End, string?[] HeaderKinds, bool FromLeft = false);

    [GeneratedRegex(@"进度|进展|完成情况|完成成效|落实情况|实际|已完成|完成数|成效")]
    private static partial Regex ResultColumn();

    [GeneratedRegex(@"目标|任务|内容|计划|项目名称|实事项目|事项")]
    private static partial Regex TargetColumn();

    /// <summary>
    /// Rows of the text's tables ("序号 | 实施内容 | 最新进度 |"), each with the kind its header gives every column: a
    /// 完成情况 / 进度 column holds results, a 目标 / 内容 column targets, any other neither.
    /// </summary>
    private static List<TableRow> TableRows(string text)
    {
        var rows = new List<TableRow>();
        string?[]? header = null;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.Count('|') >= 2)
            {
                if (header is null)
                    header = [.. Cells(line.ToString()).Select(c => c.Replace(" ", "")).Select(c =>
                        ResultColumn().IsMatch(c) ? FigureKinds.Actual : TargetColumn().IsMatch(c) ? FigureKinds.Target : null)];
                else rows.Add(new TableRow(lineStart, lineEnd, header));
            }
            else header = null;
            lineStart = lineEnd + 1;
        }
        // Rows of a table written one cell per line come first: a position finds its own row before any one-line row.
        return [.. CellPerLineRows(text), .. rows];
    }

    // "70 |": the 序号 cell that opens a row of a table written one cell per line.
    [GeneratedRegex(@"^\s*\d{1,3}\s*\|\s*$")]
    private static partial Regex NumberCell();

    /// <summary>
    /// A table written one cell per line ("序号 |\n任务目标 |\n进展情况 |\n…\n70 |\n加快…新增养老床位 4000 张 |\n…"): the header
    /// is the run of cells before the first bare number cell, and each row runs until it has as many cells as the header.
    /// </summary>
    private static List<TableRow> CellPerLineRows(string text)
    {
        var rows = new List<TableRow>();
        if (text.IndexOf('|') < 0) return rows;
        var lines = new List<(int Start, int End)>();
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lines.Add((start, end));
            start = end + 1;
        }
        bool EndsInBar(int i) => text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).TrimEnd().EndsWith("|");
        for (var i = 0; i < lines.Count; i++)
        {
            if (!EndsInBar(i)) continue;
            var first = i;
            while (i < lines.Count && EndsInBar(i) && !NumberCell().IsMatch(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start))) i++;
            // A header of one cell per line: at least three such lines, then the first row's number.
            if (i - first < 3 || i >= lines.Count || !NumberCell().IsMatch(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start))) continue;
            var headerCells = new List<string>();
            for (var h = first; h < i; h++) headerCells.AddRange(Cells(text[lines[h].Start..lines[h].End]).Select(c => c.Trim()).Where(c => c.Length > 0));
            if (headerCells.Count < 3) continue;
            string?[] kinds = [.. headerCells.Select(c => c.Replace(" ", "")).Select(c =>
                ResultColumn().IsMatch(c) ? FigureKinds.Actual : TargetColumn().IsMatch(c) ? FigureKinds.Target : null)];
            bool IsNumberCell(int j) => j < lines.Count && NumberCell().IsMatch(text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start));
            // "2 |" "210 |" before the task (报送次数, 任务序号): a row opens with as many number cells as the first one does, and a
            // number cell inside a row ("100 |" under 进度, the 210 after the 2) does not open another.
            var leading = 0;
            while (IsNumberCell(i + leading)) leading++;
            bool OpensRow(int j)
            {
                for (var k = 0; k < leading; k++) if (!IsNumberCell(j + k)) return false;
                return !IsNumberCell(j + leading);
            }
            var rowStart = i;
            var bars = 0;
            for (; i < lines.Count; i++)
            {
                var line = text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
                if (bars == 0 && !NumberCell().IsMatch(line)) break; // the table ends where no row starts
                if (bars > 0 && OpensRow(i))
                {
                    rows.Add(new TableRow(lines[rowStart].Start, lines[i - 1].End, kinds, true));
                    rowStart = i;
                    bars = 0;
                }
                bars += line.Count('|');
                if (bars >= kinds.Length)
                {
                    rows.Add(new TableRow(lines[rowStart].Start, lines[i].End, kinds, true));
                    rowStart = i + 1;
                    bars = 0;
                }
            }
            // A text that stops inside a row (an excerpt) still has that row.
            if (bars > 0) rows.Add(new TableRow(lines[rowStart].Start, lines[Math.Min(i, lines.Count - 1)].End, kinds, true));
        }
        return rows;
    }

    private static List<string> Cells(string line)
    {
        var cells = line.Split('|').ToList();
        if (cells.Count > 0 && cells[^1].Trim().Length == 0) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    /// <summary>The quantity is all its table cell holds (no counter, no words).</summary>
    private static bool IsBareCell(string text, Quantity q)
    {
        var start = q.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        var end = q.End;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return start > 0 && text[start - 1] is '|' or '｜' && end < text.Length && text[end] is '|' or '｜';
    }

    /// <summary>The targets found so far in the table row a position is in.</summary>
    private static IEnumerable<ExtractedFigure> RowTargets(List<TableRow> rows, List<ExtractedFigure> figures, int position)
    {
        foreach (var row in rows)
        {
            if (position < row.Start || position >= row.End) continue;
            return figures.Where(f => f.Kind == FigureKinds.Target && f.ValueStart >= row.Start && f.ValueStart < position);
        }
        return [];
    }

    /// <summary>The one target the row of a position states before it (its task cell), or null.</summary>
    private static ExtractedFigure? RowTask(string text, List<TableRow> rows, List<ExtractedFigure> figures, Quantity q)
    {
        foreach (var row in rows)
        {
            if (q.Start < row.Start || q.Start >= row.End) continue;
            ExtractedFigure? task = null;
            for (var i = figures.Count - 1; i >= 0 && figures[i].ValueStart >= row.Start; i--)
            {
                if (figures[i].Kind != FigureKinds.Target || task is not null) return null;
                task = figures[i];
            }
            return task;
        }
        return null;
    }

    /// <summary>
    /// The kind the header gives the cell a position is in; a row short of cells (blank cells at its end not counted:
    /// "新增800张… | 810 | 101% | |" under a merged 序号) is aligned to the header's right.
    /// </summary>
    private static string? ColumnKind(string text, List<TableRow> rows, int position)
    {
        foreach (var row in rows)
        {
            if (position < row.Start || position >= row.End) continue;
            var line = text[row.Start..row.End];
            var index = text.AsSpan(row.Start, position - row.Start).Count('|');
            var cells = Cells(line);
            var count = cells.Count;
            while (count > 0 && cells[count - 1].Trim().Length == 0) count--;
            // "新增托位500个。 | 新增托位600个。 | ||" under a merged 序号 and a merged 责任单位: blank cells for the columns
            // after the last figure column, so the row ends on that column.
            var width = row.HeaderKinds.Length;
            if (count < cells.Count - 1 && Array.FindLastIndex(row.HeaderKinds, k => k is not null) is var lastFigure and >= 0 && lastFigure + 1 >= count)
                width = lastFigure + 1;
            if (count < width && !row.FromLeft) index += width - count;
            return index < row.HeaderKinds.Length ? row.HeaderKinds[index] : null;
        }
        return null;
    }

    private static TextSpan Holding(TextSpan span, Quantity q) => span.End >= q.End ? span : span with { End = q.End };

    private static TextSpan Enclosing(string text, int position, Func<char, bool> isBoundary)
    {
        var start = position;
        while (start > 0 && !IsBoundaryAt(text, start - 1, isBoundary)) start--;
        var end = position;
        while (end < text.Length && !IsBoundaryAt(text, end, isBoundary)) end++;
        return new TextSpan(start, end);
    }

    /// <summary>A comma between digits is a thousands separator (1,200 张), not a clause boundary.</summary>
    private static bool IsBoundaryAt(string text, int i, Func<char, bool> isBoundary) =>
        isBoundary(text[i]) && !(text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static bool IsSentenceBoundary(char c) => c is '。' or '；' or ';' or '！' or '？' or '!' or '?' or '\n';
    // A table cell ("| 新增床位近100张 |") is a clause of its own.
    private static bool IsClauseBoundary(char c) => IsSentenceBoundary(c) || c is '，' or ',' or '：' or ':' or '|' or '｜';
    private static bool IsItemBoundary(char c) => IsClauseBoundary(c) || c is '、';
}
