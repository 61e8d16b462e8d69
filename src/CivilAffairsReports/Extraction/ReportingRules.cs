using CivilAffairsReports.Documents;
using System.Buffers;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

internal readonly record struct TextSpan(int Start, int End);

/// <summary>
/// How documents of the genre say what happened and what is planned, as forms of wording (never per document):
/// results (截至…, 已建成, 累计建成, 为计划的101%, a past year in the sentence), targets of a named year (2026年底前),
/// the stated target of a results sentence (超额完成15个的年度目标任务), baselines (由 728 元提高为 735 元),
/// completion rates and breakdowns by place, and figures of things the catalog does not know yet.
/// </summary>
internal static partial class ReportingRules
{
    public const string BaselineReason = "调整前基数";
    public const string CompletionRateReason = "完成率/占比";
    public const string BreakdownReason = "分解到点位";
    public const string MetaCountReason = "项目计数";
    public const string NameReason = "名称中的数字";
    public const string RemainderReason = "余数（其余/剩余）";
    public const string ObjectReason = "评估对象（对…监测/评定）";
    public const string DifferenceReason = "同比增减（比…多/少）";
    public const string StaffReason = "本机构人员";
    public const string ParticipantReason = "参与部门/地区计数";
    public const string DeathsReason = "统计基数（死亡人数）";
    public const string ExceptionReason = "除外的数（除…外）";
    public const string PopulationReason = "统计基数（人口）";
    public const string HarmReason = "灾情（造成…受灾）";
    public const string PerPlaceReason = "每处配额（每个街镇…一个）";
    public const string ClassBoundReason = "分档界限（在…以下的是）";
    public const string ClassOfTotalReason = "分类构成（其中…类）";
    public const string PartOfTotalReason = "合计中的一项（A(80张)、B(48张)共计…）";
    public const string QizhongPartReason = "其中的分项（同一计量单位）";

    /// <summary>"完成A养护院(80张)、B养老院(48张)…共计229张…改造": a bracketed share of a total the sentence states after it.</summary>
    private static bool PartOfTotal(string text, Quantity q)
    {
        if (q.Start == 0 || text[q.Start - 1] is not ('(' or '（') || q.End >= text.Length || text[q.End] is not (')' or '）')) return false;
        var sentenceEnd = IndexOfAny(text, q.End, SentenceStops);
        var rest = text.AsSpan(q.End, (sentenceEnd < 0 ? text.Length : sentenceEnd) - q.End);
        return rest.Contains("共计", StringComparison.Ordinal) || rest.Contains("合计", StringComparison.Ordinal) || rest.Contains("总计", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]类\s*$", RegexOptions.RightToLeft)]
    private static partial Regex ClassBefore();

    /// <summary>
    /// "募集善款3400万元，其中企业捐赠1382万元，个人捐赠68万元": a part after 其中, in the counter of the total counted just before
    /// it in the same ；-sentence (or the 。-sentence before one that 其中 opens), breaks that total down. Not a part that names an indicator of its own (其中认知障碍照护床位400张),
    /// a kind of facility (其中日托中心63个), a part in a state of its own (其中3个已完成建设), the classes of a stock (共…家，其中
    /// 社会团体…), nor a figure past a closing bracket or a table's gap, where the 其中 has ended.
    /// </summary>
    private static bool PartOfTotalBeforeQizhong(string text, int position, string unit, TextSpan clause, IReadOnlyList<AliasHit> aliases)
    {
        var sentenceStart = LastIndexOfAny(text, Math.Max(0, position - 1), SentenceStops) + 1;
        if (position - sentenceStart < 4) return false;
        var among = text.LastIndexOf("其中", position - 1, position - sentenceStart, StringComparison.Ordinal);
        // "实施118条市政道路建设。其中，建成…50条道路": a 。-sentence opened by 其中 breaks down the total of the one before.
        if (among == sentenceStart && among > 1 && text[among - 1] == '。') sentenceStart = LastIndexOfAny(text, among - 2, SentenceStops) + 1;
        else if (among <= sentenceStart) return false;
        var partStart = Math.Max(among, clause.Start);
        if (aliases.Any(a => a.Start >= partStart && a.End <= position)) return false;
        var since = text.AsSpan(among, position - among);
        if (since.IndexOfAny(")）") >= 0 || since.Contains("  ", StringComparison.Ordinal) || NextRowGap().IsMatch(since)) return false;
        if (text.AsSpan(partStart, clause.End - partStart).Contains('已')) return false;
        if (FacilityKindEnding().IsMatch(text.AsSpan(partStart, position - partStart).TrimEnd().ToString())) return false;
        // "全市社会组织共17280家，其中社会团体4356家，基金会652家": the classes of a stock counted (共), figures of their own.
        var totalClauseEnd = text.AsSpan(sentenceStart, among - sentenceStart).TrimEnd("，,：: 。").Length + sentenceStart;
        if (totalClauseEnd <= sentenceStart) return false;
        var totalClauseStart = Math.Max(sentenceStart, LastIndexOfAny(text, totalClauseEnd - 1, ClauseStops) + 1);
        if (text.AsSpan(totalClauseStart, totalClauseEnd - totalClauseStart).Contains('共')) return false;
        var counts = CountBefore().Matches(text[sentenceStart..among]);
        if (counts.Count == 0) return false;
        // "启动20个大项、60个子项的民心工程。其中，…建设100个智慧平安社区": a count of projects is not a total of things.
        if (SubprojectsAfter().IsMatch(text, counts[^1].Index + counts[^1].Length + sentenceStart)) return false;
        // "城市低保对象33087户57374人，其中市本级23502户41878人": a total counted in two counters breaks down in both.
        var totalClauseCounts = counts.Where(c => sentenceStart + c.Index >= totalClauseStart).Select(c => c.Groups["unit"].Value).ToList();
        return (totalClauseCounts.Count > 0 ? totalClauseCounts : [counts[^1].Groups["unit"].Value])
            .Any(total => total == unit || total is "元" or "万元" or "亿元" && unit is "元" or "万元" or "亿元");
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\d]\s+[\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex NextRowGap();

    [GeneratedRegex(@"\G\s*(?:大项|子项|项目|类)")]
    private static partial Regex SubprojectsAfter();

    [GeneratedRegex(@"\d\s*[万亿]?(?<unit>人次|户次|平方米|亿元|万元|[张名户家个人所处座元亩套条])")]
    private static partial Regex CountBefore();

    /// <summary>其中 opens the number's 。-sentence, before it.</summary>
    public static bool SinceQizhong(string text, int position)
    {
        var periodStart = LastIndexOfAny(text, Math.Max(0, position - 1), PeriodStops) + 1;
        return text.AsSpan(periodStart, position - periodStart).Contains("其中", StringComparison.Ordinal);
    }

    /// <summary>"对 433 家养老机构、332 家社区长者食堂…进行服务质量监测": the facilities an assessment covers, in a clause opened by 对.</summary>
    public static bool IsObjectOfActivity(string text, Quantity q, TextSpan item)
    {
        var clauseStart = LastIndexOfAny(text, Math.Max(0, q.Start - 1), ClauseStops) + 1;
        var lead = text[clauseStart..q.Start].TrimStart();
        if (!lead.StartsWith('对')) return false;
        var clauseEnd = IndexOfAny(text, q.End, ClauseStops);
        var tail = text[q.End..(clauseEnd < 0 ? text.Length : clauseEnd)];
        return ActivityVerbs.Any(tail.Contains);
    }

    // Assessing existing facilities; works on them (对82个老旧小区进行出新整治) are still targets.
    private static readonly string[] ActivityVerbs = ["监测", "评定", "检查", "评估", "督查", "抽查", "巡查"];

    /// <summary>“新建11个医疗急救(120)分站”: a number inside a quoted name (a project's title), not a figure of the text.</summary>
    private static bool InsideQuotedName(string text, Quantity q)
    {
        // Look back and ahead a name's length only: an unbounded search per number made extraction quadratic.
        var open = q.Start == 0 ? -1 : text.LastIndexOf('“', q.Start - 1, Math.Min(24, q.Start));
        if (open < 0) return false;
        var close = text.IndexOf('”', q.End, Math.Min(30, text.Length - q.End));
        return close >= 0 && text.IndexOf('”', open, q.Start - open) < 0 && close - open <= 30;
    }

    // Stops searched for around every number: sets made once, not a new array per call.
    private static readonly SearchValues<char> SentenceStops = SearchValues.Create("。；;\n");
    private static readonly SearchValues<char> ClauseStops = SearchValues.Create("，,；;。\n");
    private static readonly SearchValues<char> PeriodStops = SearchValues.Create("。！？!?\n");

    /// <summary>As string.IndexOfAny(chars, start).</summary>
    private static int IndexOfAny(string text, int start, SearchValues<char> stops) =>
        text.AsSpan(start).IndexOfAny(stops) is var at and >= 0 ? start + at : -1;

    /// <summary>As string.LastIndexOfAny(chars, start): from start back to the text's beginning.</summary>
    private static int LastIndexOfAny(string text, int start, SearchValues<char> stops) => text.AsSpan(0, start + 1).LastIndexOfAny(stops);

    // Wording before a number, in its clause, that says it already happened.
    private static readonly string[] ResultCuesBefore =
    [
        "截至", "截止", "已新增", "已完成", "已建成", "已累计", "已达", "已推出", "已为", "已", "累计建成", "累计开展", "累计发放", "累计完成",
        "今年以来", "全年共", "共计", "共有", "现有", "目前", "实际完成",
        // 完成了“村村通”公路路基里程95公里: a verb with 了 says it was done.
        "完成了", "实现了", "建成了", "新建了", "解决了", "投入了", "累计投入",
        // 紧急下拨1亿元中央自然灾害生活补助资金 / 拨付 / 调拨1000顶帐篷: money and goods handed down are news of what was done.
        "下拨", "拨付", "调拨",
    ];

    // Wording right after a number's noun that says it happened (其中3个点位已完成建设).
    private static readonly string[] ResultCuesAfter = ["已完成", "已建成", "建成投用", "已开放", "已投入"];

    // A sentence that reports against a plan: every figure in it is a result, except the plan's own figure.
    private static readonly string[] ReportSentenceCues = ["为计划的", "完成率", "超额完成", "占计划", "占年任务", "占全年计划", "占年度计划", "占全年任务", "占年度任务", "开工率", "全面完成", "顺利完成"];

    private static readonly string[] TargetCuesBefore = ["目标", "原计划", "任务是", "任务为", "计划新增", "计划新建", "计划完成", "力争", "预计", "将新增", "将新建", "今年将", "拟",
        // 计划实施170878户 / 计划投资70万元 / 年度计划投入2.6亿元 / 年底有望建成3个: what is planned or hoped for.
        "计划实施", "计划投资", "计划投入", "计划建设", "计划改造", "计划开工", "计划培训", "计划解决", "计划发放", "有望"];

    // The cue lists as one vectorised "contains any" each: KindAndYear asks them for every number.
    private static readonly SearchValues<string> AnyResultCueBefore = SearchValues.Create(ResultCuesBefore, StringComparison.Ordinal);
    private static readonly SearchValues<string> AnyReportSentenceCue = SearchValues.Create(ReportSentenceCues, StringComparison.Ordinal);
    private static readonly SearchValues<string> AnyTargetCueBefore = SearchValues.Create(TargetCuesBefore, StringComparison.Ordinal);

    // Units a figure of this genre is counted in; 次 / 项 / 件 count meetings and projects, not services.
    private static readonly HashSet<string> FigureUnits =
        ["张", "名", "户", "家", "个", "人", "所", "处", "座", "台", "人次", "户次", "场次", "台次", "冢", "元", "万元", "亿元", "公里", "平方米", "平米", "立方米", "亩", "具", "部", "套", "块", "对", "例", "条", "场", "栋", "幢",
         "件", "米", "支", "辆", "课时", "期", "客", "间", "吨",
         // 棉被2000床 / 帐篷1000顶 / 路灯126盏 / 大米100公斤 / 意外伤害保险2.5万份: goods handed out and works done.
         "千米", "公斤", "千克", "份", "床", "顶", "盏", "册",
         // 为1035位老年人提供上门服务: 位 counts people, as 名 does.
         "位",
         // 沼气池10815口 / 充电桩60组 / 档案143卷 / 矿泉水500箱 / 横幅70幅 / 贷款302笔 / 案件400起 / 高音喇叭752只 / 足球场2片.
         "口", "组", "卷", "箱", "幅", "笔", "起", "只", "片"];

    // Verbs that, beside the catalog's measures, make a figure a reported or planned quantity.
    private static readonly string[] FigureVerbs =
    [
        "发放", "惠及", "救助", "纳入", "享受", "受理", "咨询", "扶持", "增设", "增加", "开工", "保障", "支出", "争取", "投资",
        "整治", "组织", "供养", "资助", "适配", "接种", "参保", "规范化", "提升", "落户", "护送", "停发",
        "加装", "开设", "开办", "解决", "缓解", "购置", "硬化", "开发", "支持", "就业", "投入", "实施", "治理", "布局", "募集", "更新", "更换", "投运", "设置", "举办", "帮扶", "创建", "推出", "建立", "占地", "建筑面积", "办理", "执行", "招聘",
        "下拨", "拨付", "调拨", "下达",
        "打通", "抽检", "新辟", "开通", "评选", "铺设", "修缮", "整修", "安置", "搬迁",
        // 每户补助资金3500元 / 重残居家托养补助2300人: money or people a plan supports.
        "补助",
    ];

    private static readonly SearchValues<string> AnyFigureVerb = SearchValues.Create(FigureVerbs, StringComparison.Ordinal);

    /// <summary>Not a figure of its own: a baseline before a change, a completion rate, a breakdown by place, a count of projects.</summary>
    public static string? Reason(string text, Quantity q, TextSpan item, TextSpan clause, IReadOnlyList<AliasHit> aliases)
    {
        var after = text[q.End..Math.Min(text.Length, q.End + 14)];
        if (BaselineAfter().IsMatch(after))
        {
            var before = text.AsSpan(clause.Start, q.Start - clause.Start);
            if (before.Contains('由') || before.Contains('从')) return BaselineReason;
        }
        // "由目前的全护理每人每月640元、半护理每人每月320元…提高到全护理…704元": every old value listed between 由 and 提高到.
        if (q.Unit is "元" && text.AsSpan(clause.Start, q.Start - clause.Start).Contains('由') && BaselineListAround().IsMatch(text.AsSpan(clause.Start, q.End - clause.Start))
            && RaiseAfterInClause().IsMatch(text, q.End)) return BaselineReason;
        // "按照我市上年度最低工资标准为22920元计算": the basis a standard is reckoned from, not a figure of the work.
        if (text.AsSpan(q.End, Math.Min(4, text.Length - q.End)).TrimStart().StartsWith("计算", StringComparison.Ordinal)
            && text.AsSpan(clause.Start, q.Start - clause.Start).TrimStart().StartsWith("按", StringComparison.Ordinal)) return BaselineReason;
        if (q.Unit == "%" && RateBefore().IsMatch(text[Math.Max(0, q.Start - 8)..q.Start])) return CompletionRateReason;
        // "…“两癌”免费筛查完成率分别为12.6%、14%、23%": every share of a 完成率 list is one.
        if (q.Unit == "%" && CompletionRateList().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start))) return CompletionRateReason;
        // "45个事项" counts projects; "将…申请等4个事项纳入…" counts the service matters just named.
        if (MetaCountAfter().IsMatch(after) && !(text.AsSpan(clause.Start, q.Start - clause.Start).TrimEnd().EndsWith('等') && after.TrimStart().TrimStart('个').StartsWith("事项")))
            return MetaCountReason;
        if (ParticipantsAfter().IsMatch(after)) return ParticipantReason;
        // "建设涉及 6 个乡镇": the places a work touches, not a figure of it.
        if (q.Unit == "个" && InvolvedBefore().IsMatch(text[Math.Max(clause.Start, q.Start - 6)..q.Start])) return ParticipantReason;
        var lead = text[Math.Max(clause.Start, q.Start - 16)..q.Start];
        // "比去年同期多192具" / "同比增长12%": a difference from another period, not a figure of its own.
        if (DifferenceBefore().IsMatch(lead)) return DifferenceReason;
        // "比上年提升1.4个百分点": a change of a rate, counted in points.
        if (q.Unit == "个" && text.AsSpan(q.End).TrimStart().StartsWith("百分点", StringComparison.Ordinal)) return DifferenceReason;
        // "除腾越、固定2名回族按规土葬外": an exception, not a figure.
        if (ExceptionBefore().IsMatch(lead) && ExceptionAfter().IsMatch(text, q.End)) return ExceptionReason;
        // "全市共计死亡1111人": deaths are the base a 火化率 is reckoned on, not a figure of the work.
        if (DeathsBefore().IsMatch(lead)) return DeathsReason;
        // "常住老年人口494.8万人": the population the work serves, a statistic, not a figure of the work.
        if (lead.Contains("人口", StringComparison.Ordinal) && PopulationBefore().IsMatch(lead)) return PopulationReason;
        // "灾害造成8.82万户25.712万人受灾": the harm a disaster did, not a figure of the work.
        if (lead.AsSpan().IndexOfAny("造致导") >= 0 && HarmBefore().IsMatch(lead)) return HarmReason;
        // "现有干部职工6人": the office's own staff, not a figure of its work.
        if (StaffBefore().IsMatch(lead)) return StaffReason;
        if (RemainderBefore().IsMatch(text[Math.Max(clause.Start, q.Start - 3)..q.Start])) return RemainderReason;
        if (q.Unit == "个" && PeriodAfter().IsMatch(after)) return NonTargetRules.DurationReason;
        // "每个街镇选点设置一个…": a quota per place, not a figure of the whole.
        if (q.Value <= 10 && text.AsSpan(clause.Start, q.Start - clause.Start).Contains('每') && PerPlaceBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start))) return PerPlaceReason;
        // "在全区20个镇街新增30家…" / "在渔薪、蒋场两个乡镇完成改革试点": the places a work is spread over, not a figure of it.
        if (text.AsSpan(clause.Start, q.Start - clause.Start).Contains('在') && ScopeBefore().IsMatch(text.AsSpan(clause.Start, q.Start - clause.Start))
            && ScopePlacesAfter().IsMatch(text, q.End)) return ParticipantReason;
        // "火化率较低的有：梁集、广川、留智庙3个乡镇": the count of the places just named, not a figure of the work
        // ("扩展至黄浦、徐汇…等5个区" counts how far a work reached: a figure).
        if (q.Unit is "个" or null && lead.Contains('、') && !lead.EndsWith('等') && ScopePlacesAfter().IsMatch(text, q.End) && NamedPlacesBefore().IsMatch(lead)) return ParticipantReason;
        // "7月份火化率在50%以下的是…": the bound of a class of places, not a figure.
        if (text.AsSpan(clause.Start, q.Start - clause.Start).EndsWith("在") && ClassBoundAfter().IsMatch(after)) return ClassBoundReason;
        // "在5个省级试点地区的基础上建设一批…": what the work builds on, a baseline.
        if (text.AsSpan(clause.Start, q.Start - clause.Start).TrimStart().StartsWith("在")
            && text.AsSpan(q.End, clause.End - q.End).Contains("的基础上", StringComparison.Ordinal)) return BaselineReason;
        // "每人每月增加5元，达到75元": the step of a raise, when the level it reaches follows.
        if (lead.AsSpan().IndexOfAny("加高调长升") >= 0 && StepBefore().IsMatch(lead) && LevelAfter().IsMatch(text, q.End)) return DifferenceReason;
        if (InsideQuotedName(text, q)) return NameReason;
        if (PartOfTotal(text, q)) return PartOfTotalReason;
        // "全国共有社会团体27.1万个。其中：工商服务业类27056个，科技研究类18486个…": a total's classes, not figures of their own.
        if (lead.AsSpan().TrimEnd().EndsWith("类") && ClassBefore().IsMatch(lead) && SinceQizhong(text, q.Start)) return ClassOfTotalReason;
        if (IsBreakdown(text, q, item, aliases)) return BreakdownReason;
        if (q.Unit is { } u && PartOfTotalBeforeQizhong(text, q.Start, u, clause, aliases)) return QizhongPartReason;
        return null;
    }

    /// <summary>
    /// "金秋钱塘老年公寓40张、福寿康…中心20张" / "其中北山街道1个": a number right after a place or organisation,
    /// with no verb and no indicator of its own in its item, is a target's breakdown by location, not a figure.
    /// </summary>
    private static bool IsBreakdown(string text, Quantity q, TextSpan item, IReadOnlyList<AliasHit> aliases)
    {
        // Cheap test first: most numbers do not follow a place's last character.
        var last = q.Start - 1;
        while (last > item.Start && char.IsWhiteSpace(text[last])) last--;
        if (last <= item.Start || "道镇乡村区寓心司院".IndexOf(text[last]) < 0) return false;
        // "海安新生医院2家医养结合机构": a count of things named after the number is not a place's share.
        if (OwnNounAfter().IsMatch(text, q.End) && q.End < item.End) return false;
        // In a table row the item runs on across cells: only the words after the last gap, 其中 or 分别为 are its own.
        var segmentStart = item.Start;
        foreach (var gap in new[] { " ", "\t", "|", "其中", "分别为" })
        {
            var at = text.LastIndexOf(gap, Math.Max(item.Start, q.Start - 1), Math.Max(0, q.Start - item.Start), StringComparison.Ordinal);
            if (at >= item.Start && at + gap.Length <= q.Start && text[(at + gap.Length)..q.Start].Trim().Length > 0)
                segmentStart = Math.Max(segmentStart, at + gap.Length);
        }
        var before = text[segmentStart..q.Start].TrimEnd();
        if (q.Unit is "%" or "‰" || before.Length < 2 || !PlaceEnding().IsMatch(before)) return false;
        // "其中区县养老服务中心3个，街道综合养老服务机构26个": facilities counted by their kind, not a place's share.
        if (q.Unit is "个" or "家" or "所" or "处" or "座" && FacilityKindEnding().IsMatch(before)) return false;
        if (aliases.Any(a => a.End == segmentStart + before.Length || (a.Start >= segmentStart && a.End <= item.End))) return false;
        var itemText = text[segmentStart..item.End];
        return itemText.AsSpan().IndexOfAny(AnyFigureVerb) < 0 && !TargetExtractor.HasMeasureCue(itemText);
    }

    /// <summary>Target or result, and of which year, from the words around the number (the section gives the default).</summary>
    public static (string Kind, int Year) KindAndYear(string text, Quantity q, TextSpan item, TextSpan clause, TextSpan sentence,
        string sectionKind, int sectionYear, int documentYear, string? columnKind = null, IReadOnlyList<TextSpan>? reachedDates = null)
    {
        var clauseBefore = text[clause.Start..q.Start];
        var after = text[q.End..Math.Min(item.End, q.End + 10)];
        var sentenceText = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var namedYear = YearBefore(text, sentence.Start, q.Start) ?? PlanPeriodEnd(text, sentence.Start, q.Start, documentYear)
                        ?? (NamesLastYear(text.AsSpan(sentence.Start, q.Start - sentence.Start)) ? documentYear - 1 : (int?)null)
                        // "过去一年，区慈善总会…。全区…全年共筹集善款…": the paragraph's past year dates its figures.
                        ?? PastYearParagraph(text, q.Start, documentYear)
                        // A period heading the 。-sentence dates its ；-parts too.
                        ?? PeriodBefore(text, LastIndexOfAny(text, Math.Max(0, q.Start - 1), PeriodStops) + 1, q.Start, documentYear);

        // A table's 完成情况 / 最新进度 column reports results; its 目标 / 项目内容 column states the targets.
        if (columnKind is not null)
        {
            var reportYear = sectionKind == FigureKinds.Actual ? sectionYear : documentYear;
            return (columnKind, namedYear is { } cy && (columnKind == FigureKinds.Target ? cy >= reportYear : cy <= reportYear) ? cy : reportYear);
        }

        // "…印发《关于…提高…标准的通知》，要求城市低保标准由…719元提高到…791元" / "自2020年4月1日起，我市提高…。其中，城市…由
        // 685元/月提高到740元/月": a standard a policy newly sets, in a paragraph that issues it, is the standard set (a target)
        // of its year, whatever the text around it reports.
        if (text.AsSpan(sentence.Start, q.Start - sentence.Start).Contains('由') && RaisedStandardBefore().IsMatch(text.AsSpan(sentence.Start, q.Start - sentence.Start))
            && PolicyIssuedInParagraph(text, q.Start))
            return (FigureKinds.Target, namedYear ?? documentYear);

        // A head cue governs its whole 。-sentence: "据统计，…累计火化遗体19546具…；…减免费用221.76万元…。"
        var periodStart = LastIndexOfAny(text, Math.Max(0, q.Start - 1), PeriodStops) + 1;
        var sentenceStart = Math.Min(periodStart, sentence.Start);

        // "一、过去一年工作回顾 … 预计实现地区生产总值850亿元;实现区级财政收入53.5亿元" in the next year's report: an estimate of a
        // year already over is its result, every ；-part of it, reckoned before the year's statistics are out.
        var sentenceBefore = text.AsSpan(sentenceStart, q.Start - sentenceStart);
        if (sectionKind == FigureKinds.Actual && (namedYear ?? sectionYear) < documentYear
            && sentenceBefore.TrimStart().StartsWith("预计", StringComparison.Ordinal))
            return (FigureKinds.Actual, namedYear ?? sectionYear);

        // 超额完成15个的年度目标任务 / 目标新增…1000张 / 计划新建: the plan's own figure.
        if (StatedTarget().IsMatch(after)
            // "确定我县建设任务170户" / "安排我县12023户建设任务" / "县政府年初方案修建150户": the task set, not what was done.
            || (clauseBefore.AsSpan().IndexOfAny('任', '年') >= 0 && TaskSetBefore().IsMatch(clauseBefore) || after.AsSpan().IndexOfAny('任', '目') >= 0 && TaskSetAfter().IsMatch(after))
               && !clauseBefore.Contains("完成", StringComparison.Ordinal)
            || text.IndexOf("目标任务", q.End, Math.Min(24, text.Length - q.End), StringComparison.Ordinal) >= 0 && GoalAfter().IsMatch(text, q.End)
            // 按计划新增… reports work done as planned, not a plan.
            || clauseBefore.Replace("按计划", "").AsSpan().IndexOfAny(AnyTargetCueBefore) >= 0 && !ResultCueNearer(clauseBefore))
            return (FigureKinds.Target, (namedYear ?? DeadlineHeading(text, sentence, sectionKind)) is { } ty && ty >= Math.Min(sectionYear, documentYear) ? ty : sectionYear);

        // "2606个撤并村通公路(2013—2017年)": a task whose item ends with its plan's period is a target of the period's last
        // year, when that year is not past and nothing before the number says it happened.
        if (TrailingPeriod().Match(text, q.End, item.End - q.End) is { Success: true } period
            && int.Parse(period.Groups["end"].Value) is var periodEnd && periodEnd >= documentYear
            && clauseBefore.AsSpan().IndexOfAny(AnyResultCueBefore) < 0)
            return (FigureKinds.Target, periodEnd);

        // 到2027年，累计建成…200家: a year still to come makes a target of that year, whatever the verb.
        var reference = sectionKind == FigureKinds.Actual ? sectionYear : documentYear;
        if (namedYear is { } future && future > Math.Max(reference, documentYear) && !clauseBefore.Contains("截至") && !clauseBefore.Contains("截止"))
            return (FigureKinds.Target, future);

        // 到2025年底，…达到1万个左右 in a plan: a deadline is a target of its year, even one the text's own year has reached.
        if (sectionKind == FigureKinds.Target && namedYear is { } deadline && DeadlineBefore(text, sentence.Start, q.Start) == deadline
            && !clauseBefore.Contains("截至") && !clauseBefore.Contains("截止") && clauseBefore.AsSpan().IndexOfAny(AnyResultCueBefore) < 0)
            return (FigureKinds.Target, deadline);

        // "近期(到2025年)规划总量指标为：…；…达到50平方米，…力争达到500家": a deadline heading a plan's 。-sentence governs its ；-parts.
        if (namedYear is null && DeadlineHeading(text, sentence, sectionKind) is { } headed && clauseBefore.AsSpan().IndexOfAny(AnyResultCueBefore) < 0)
            return (FigureKinds.Target, headed);
        // "2020年，全省城乡低保平均标准达到588元/月…；城乡特困人员基本生活标准…8751元": a past year heading the 。-sentence dates its ；-parts.
        if (namedYear is null && periodStart < sentence.Start && text.AsSpan(periodStart, sentence.Start - periodStart).Contains('年')
            && YearBefore(text, periodStart, sentence.Start) is { } headYear && headYear <= documentYear)
            namedYear = headYear;
        // "预计到“十一五”期末，全市累计发放低保金16.5亿元": a sentence that opens with an estimate states what is expected.
        if (sentenceBefore.TrimStart().StartsWith("预计", StringComparison.Ordinal))
            return (FigureKinds.Target, namedYear ?? sectionYear);
        // "共计新建农村五保对象住房930间" in a plan: the sum of what it plans, not a stock reached.
        var resultCueBefore = sectionKind == FigureKinds.Target && clauseBefore.Contains("共计", StringComparison.Ordinal)
            ? PlannedTotal().Replace(clauseBefore, "") : clauseBefore;
        // "…稳步提升。今年，将招聘16名大学生…；投资1350万元，计划改(扩)建…" in a report: a 。-sentence that opens with what this year
        // will do is this year's plan, every ；-part of it, unless the clause itself says it happened.
        if (sectionKind == FigureKinds.Actual && namedYear is null && ThisYearWill().IsMatch(text.AsSpan(periodStart, q.Start - periodStart))
            && clauseBefore.AsSpan().IndexOfAny(AnyResultCueBefore) < 0)
            return (FigureKinds.Target, sectionYear);
        var happened = resultCueBefore.AsSpan().IndexOfAny(AnyResultCueBefore) >= 0
                       || (sentenceBefore.IndexOfAny(AnySentenceResultCue) >= 0 || sentenceBefore.IndexOfAny('月', '季') >= 0 && MonthsToDate().IsMatch(sentenceBefore))
                          && !HasOwnTargetCue(clauseBefore)
                       // "已支持184个项目地区建设…，提供64.7万人次…": 已 governs the clauses that continue its sentence.
                       || text.AsSpan(sentence.Start, clause.Start - sentence.Start).Contains('已')
                          && AlreadyClause().IsMatch(text.AsSpan(sentence.Start, clause.Start - sentence.Start)) && !HasOwnTargetCue(clauseBefore)
                          && !text.AsSpan(sentence.Start, clause.Start - sentence.Start).Contains("基础上", StringComparison.Ordinal)
                       // "…完成了“村村通”公路路基里程95公里,完成路面里程53公里": so does a verb with 了 before them.
                       || text.AsSpan(sentence.Start, clause.Start - sentence.Start).Contains('了')
                          && PerfectiveClause().IsMatch(text.AsSpan(sentence.Start, clause.Start - sentence.Start)) && !HasOwnTargetCue(clauseBefore)
                       || ResultCuesAfter.Any(c => after.Contains(c, StringComparison.Ordinal) && !after[..after.IndexOf(c, StringComparison.Ordinal)].Any(char.IsAsciiDigit))
                       || sentenceText.IndexOfAny(AnyReportSentenceCue) >= 0
                       // "建设80处…等3项市办实事项目全部完成": what the sentence lists was all done (确保/年底前全部完成 is a plan's).
                       || sentenceText.Contains("全部完成", StringComparison.Ordinal) && AllDone().IsMatch(sentenceText)
                       // "新增普惠托位202个，完成77.69%": the share of its task done makes the figure progress, a result.
                       || text.AsSpan(q.End, Math.Min(32, text.Length - q.End)).Contains('完') && CompletionShareAfter().IsMatch(text, q.End)
                       // "全市共有养老服务设施1650个，基本养老床位5.1万张": a bare name and number goes on the stock its sentence counts.
                       || StockAndBareName(text, Math.Min(periodStart, sentence.Start), clause)
                       // "截至3月底，…已全部完成立项。为4448例孕妇免费提供…": a paragraph opened by a date reached reports what happened.
                       || reachedDates is { Count: > 0 } && ParagraphReportsToDate(text, periodStart, reachedDates) && !HasOwnTargetCue(sentenceBefore)
                       // "城市低保保障人数由2009年的8111人提高到11860人": a change from a past year's level tells what happened.
                       || clauseBefore.AsSpan().IndexOfAny('由', '从') >= 0 && ChangeFromYear().Match(clauseBefore) is { Success: true } change
                          && int.Parse(change.Groups["year"].Value) < documentYear && !HasOwnTargetCue(sentenceBefore);
        if (happened)
        {
            var year = namedYear is { } y && y <= Math.Max(documentYear, sectionYear) ? y
                : sectionKind == FigureKinds.Actual ? sectionYear : documentYear;
            return (FigureKinds.Actual, year);
        }

        if (namedYear is { } named)
        {
            // 2024年，全市新建…43家 in a 2025 plan: a result of 2024; under a plan's 年度目标任务： each year's line is its goal.
            if (named < reference && sectionKind == FigureKinds.Target)
                return (UnderYearlySchedule(text, q.Start) ? FigureKinds.Target : FigureKinds.Actual, named);
        }
        // "据…介绍，2024年，全区老年人口为981万人。近年来，…。建成家庭养老床位1.6万张" in a plan: a paragraph opened by a
        // past year tells that year's results, until a sentence says what will be done.
        else if (sectionKind == FigureKinds.Target && PastYearParagraph(text, q.Start, documentYear) is { } paragraphYear)
            return (FigureKinds.Actual, paragraphYear);
        // "明年，力争新增…200张" / "下一步将建成…" in a summary: the sentence says it is a goal, not what happened.
        if (sectionKind == FigureKinds.Actual && FutureSentence().Match(text, sentence.Start, q.Start - sentence.Start) is { Success: true } future2)
            return (FigureKinds.Target, future2.Groups["next"].Success ? sectionYear + 1 : sectionYear);
        if (sectionKind == FigureKinds.Actual && namedYear is null && ThisYearPlanParagraph(text, q.Start)) return (FigureKinds.Target, sectionYear);
        // "1月20日，2021年全省民政工作会议…获悉，2020年，全省…达到588元": a report's figure of the past year it names.
        if (sectionKind == FigureKinds.Actual && namedYear is { } past && past < sectionYear) return (sectionKind, past);
        return (sectionKind, sectionYear);
    }

    private static bool PolicyIssuedInParagraph(string text, int position)
    {
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        return PolicyIssued().IsMatch(text.AsSpan(paragraphStart, position - paragraphStart));
    }

    // 印发《…通知》 / 出台…办法 / 自2020年4月1日起: the paragraph issues a policy.
    [GeneratedRegex(@"(?:印发|下发|出台|制定)[^。]{0,6}《[^《》]{2,60}(?:通知|意见|办法|方案)》|自\s*20\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?起")]
    private static partial Regex PolicyIssued();

    // "由每人每月600元提高到620元" / "由目前的…719元提高到…不低于791元": the number is the new value of a raise, right after 提高到 / 调整为.
    [GeneratedRegex(@"由[^，,。；;]{0,60}(?:提高到|提高至|调整为|调整到|上调至|上调到)(?:[^，,。；;\d]{0,12}|[^，,。；;]{0,60}、[^，,。；;\d]{0,12})$")]
    private static partial Regex RaisedStandardBefore();

    /// <summary>The clause is a bare name and number, and the clause before it, in the same sentence, counts a stock (共有…1650个).</summary>
    private static bool StockAndBareName(string text, int from, TextSpan clause)
    {
        var comma = clause.Start - 1;
        if (comma <= from || text[comma] is not ('，' or ',')) return false;
        var previousStart = LastIndexOfAny(text, comma - 1, ClauseStops) + 1;
        if (previousStart < from) previousStart = from;
        var previous = text.AsSpan(previousStart, comma - previousStart);
        return (previous.Contains("共有", StringComparison.Ordinal) || previous.Contains("现有", StringComparison.Ordinal) || previous.Contains("拥有", StringComparison.Ordinal))
               && previous.IndexOfAny("0123456789") >= 0
               && BareNameAndNumber().IsMatch(text.AsSpan(clause.Start, clause.End - clause.Start))
               // "重庆现有226个街道,计划建设街道养老服务中心220个": a clause that says what is planned is no part of the stock.
               && !PlannedLead().IsMatch(text.AsSpan(clause.Start, clause.End - clause.Start));
    }

    [GeneratedRegex(@"^\s*(?:计划|拟|将|力争|争取|预计)")]
    private static partial Regex PlannedLead();

    [GeneratedRegex(@"^\s*[\p{IsCJKUnifiedIdeographs}]{2,12}\s*\d+(?:\.\d+)?\s*万?\s*[\p{IsCJKUnifiedIdeographs}]{1,2}\s*$")]
    private static partial Regex BareNameAndNumber();

    [GeneratedRegex(@"\G[^，,。；;\d]{0,20}[，,]\s*(?:已|累计)?完成了?\s*(?:全年任务的|年度任务的|年度目标的|目标任务的|计划的)?\s*\d+(?:\.\d+)?\s*%")]
    private static partial Regex CompletionShareAfter();

    private static readonly string[] ReachedDateOpenings = ["截至", "截止", "今年以来", "年初以来", "前三季度"];

    private static readonly string[] CompletionVerdicts = ["全面完成", "超额完成", "超出目标任务", "顺利完成", "已全部完成", "提前完成"];

    // 1-6月，… / 1—9月份，…: months counted up to now, ending at the 月 found.
    [GeneratedRegex(@"(?<![\d.])\d{1,2}\s*[-—–～~至到]\s*\d{1,2}\s*月$", RegexOptions.RightToLeft)]
    private static partial Regex MonthsUpTo();

    /// <summary>
    /// The sentences of the text that open with a date reached or a period up to now (截至… / 今年以来… / 1-6月，… /
    /// 前三季度，… / 第一季度，…), found once per text. Found with plain searches: a regex over the whole text ran at every digit.
    /// </summary>
    public static IReadOnlyList<TextSpan> ReachedDateSentences(string text)
    {
        var openings = new List<(int At, bool IsDate)>();
        foreach (var opening in ReachedDateOpenings)
            for (var at = text.IndexOf(opening, StringComparison.Ordinal); at >= 0; at = text.IndexOf(opening, at + 1, StringComparison.Ordinal))
                if (opening != "前三季度" || FollowedByComma(text, at + opening.Length) || text.AsSpan(at + opening.Length).StartsWith("累计") || text.AsSpan(at + opening.Length).StartsWith("共"))
                    openings.Add((at, opening[0] == '截'));
        for (var at = text.IndexOf('月'); at >= 0; at = text.IndexOf('月', at + 1))
        {
            var from = Math.Max(0, at - 10);
            var end = at + 1 < text.Length && text[at + 1] == '份' ? at + 2 : at + 1;
            if (FollowedByComma(text, end) && MonthsUpTo().Match(text, from, at + 1 - from) is { Success: true } months) openings.Add((months.Index, false));
        }
        // "全面完成目标任务。2019年，新增养老床位1467张…" under a task's heading: a paragraph opened by its verdict reports results.
        foreach (var verdict in CompletionVerdicts)
            for (var at = text.IndexOf(verdict, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verdict, at + 1, StringComparison.Ordinal))
                if (at == 0 || text[at - 1] == '\n') openings.Add((at, false));
        for (var at = text.IndexOf("季度", StringComparison.Ordinal); at >= 2; at = text.IndexOf("季度", at + 1, StringComparison.Ordinal))
            if (text[at - 2] == '第' && "一二三四".Contains(text[at - 1]) && FollowedByComma(text, at + 2)) openings.Add((at - 2, false));

        var spans = new List<TextSpan>();
        foreach (var (at, isDate) in openings)
        {
            // At the head of a sentence or clause: only spaces (or the year the period is of) between it and the text's
            // start or the last stop.
            var before = at - 1;
            while (before >= 0 && text[before] is ' ' or '\t' or '　') before--;
            if (before >= 4 && text[before] == '年' && YearBefore().IsMatch(text.AsSpan(before - 4, 5))) before -= 5;
            // 截至 after a comma is often a statistic's date in a sentence about something else (…介绍，截至2023年底，…).
            var clauseHead = !isDate && before >= 0 && text[before] is '，' or ',';
            if (before >= 0 && text[before] is not ('。' or '！' or '？' or '!' or '?' or '\n') && !clauseHead) continue;
            var end = IndexOfAny(text, at, PeriodStops);
            if (end < 0 || text[end] == '\n') continue;
            spans.Add(new TextSpan(before + 1, end + 1));
        }
        spans.Sort((a, b) => a.End.CompareTo(b.End));
        return spans;
    }

    private static bool FollowedByComma(string text, int at) => at < text.Length && text[at] is '，' or ',';

    [GeneratedRegex(@"^20\d{2}年$")]
    private static partial Regex YearBefore();

    /// <summary>The paragraph holding the figure's sentence was opened (in an earlier sentence) by 截至… / 今年以来….</summary>
    private static bool ParagraphReportsToDate(string text, int periodStart, IReadOnlyList<TextSpan> reachedDates)
    {
        if (periodStart == 0 || text[periodStart - 1] == '\n') return false;
        // The last such sentence ending at or before the figure's sentence, and no line break between them.
        TextSpan? last = null;
        for (var i = 0; i < reachedDates.Count && reachedDates[i].End <= periodStart; i++) last = reachedDates[i];
        return last is { } reached && text.AsSpan(reached.End, periodStart - reached.End).IndexOf('\n') < 0;
    }

    // Wording at the head of a sentence that makes every figure after it a result: 截至6月底，…；目前已建有…，年均服务…；
    // 据统计，自1999年…以来，…共火化…，遗体火化率达到100%.
    private static readonly string[] SentenceResultCues = ["截至", "截止", "目前", "以来", "据统计", "今年以来", "全年共", "五年来", "年来,", "年来，", "过去五年", "过去一年"];
    [GeneratedRegex(@"(?<!确保|力争|争取|将|要|须|前|计划|未|能)全部完成(?!率)")]
    private static partial Regex AllDone();

    // 全市1-9月符合…救助条件的 / 2024年1—10月，…: months counted up to now report what happened; so does a month that opens
    // the sentence as its time ("2025年10月共发放…722618元", not 2025年10月底前 nor 2025年10月1日起).
    [GeneratedRegex(@"(?<![\d.])\d{1,2}\s*[-—–～~至]\s*\d{1,2}\s*月份?(?!底|前|中旬|上旬|下旬)|(?:第[一二三四]季度|前三季度)[，,]|^\s*20\d{2}\s*年\s*\d{1,2}\s*月份?(?![底前中上下初末日号\d])")]
    private static partial Regex MonthsToDate();

    private static readonly SearchValues<string> AnySentenceResultCue = SearchValues.Create(SentenceResultCues, StringComparison.Ordinal);

    // Wording in a results section's sentence that makes its figure a goal: 明年 / 下一步 / 力争 / 计划 / 将新增 / 拟建设.
    [GeneratedRegex(@"(?<next>明年|下一年|来年)|下一步|下半年|力争|确保(?!了)|(?<!按|年度|全年)计划(?:新增|新建|建成|实施|建设|改造|改建|扩建|改\(扩\)建|改（扩）建|投资|开展|培训|于|在|到)|[，,]计划(?:围绕|通过|利用|用|投入|捐赠|筹集|募集)|预计|将(?:新增|新建|建成|完成|实现|达到|建设|改造|培训|开展|提供|提高)|拟(?:建设|新建|建成|建|投资|实施|改造|新增|开工)")]
    private static partial Regex FutureSentence();

    /// <summary>"…50个目标任务已完成50个中心选点工作": a result cue after the clause's last target cue governs the number.</summary>
    private static bool ResultCueNearer(string clauseBefore)
    {
        var target = TargetCuesBefore.Max(c => clauseBefore.LastIndexOf(c, StringComparison.Ordinal));
        var result = ResultCuesBefore.Where(c => c.StartsWith('已') || c.StartsWith("截")).Max(c => clauseBefore.LastIndexOf(c, StringComparison.Ordinal));
        return result > target;
    }

    // A clause that opens with 已 (after a subject of up to 16 characters: 中小学校和幼儿园扩容建设项目已开工58个; not 对/在/为已建成的…)
    // and reports a number of its own.
    [GeneratedRegex(@"(?:^|[，,：:])[^，,：:；;对在为把将\d]{0,16}已[^，,：:；;]*\d")]
    private static partial Regex AlreadyClause();

    // A clause that reports a number of its own after a verb with 了 (完成了…95公里, 累计投入了…).
    [GeneratedRegex(@"(?:^|[，,：:])(?:\d{4}年)?[^，,：:；;对在为把将\d]{0,8}(?:完成|实现|建成|新建|解决|投入|发放|救助|帮助)了[^，,：:；;]*\d")]
    private static partial Regex PerfectiveClause();

    private static bool HasOwnTargetCue(ReadOnlySpan<char> clauseBefore) =>
        clauseBefore.IndexOfAny(AnyTargetCueBefore) >= 0 || clauseBefore.Contains("力争", StringComparison.Ordinal) || clauseBefore.Contains("底前", StringComparison.Ordinal)
        // "…目前已完成选址…；计划投资30万元，…": the clause's own 计划投资 outweighs what its sentence reported before it.
        || clauseBefore.Contains("计划", StringComparison.Ordinal) && FutureSentence().IsMatch(clauseBefore);

    /// <summary>"年度目标任务: 2010 年…不低于 33%…; 2011 年…": a plan's schedule of goals by year, up to its next part (三、).</summary>
    private static bool UnderYearlySchedule(string text, int position)
    {
        var from = Math.Max(0, position - 1200);
        var at = ScheduleHeadings.Max(h => text.LastIndexOf(h, position - 1, position - from, StringComparison.Ordinal));
        if (at < 0) return false;
        at -= from;
        var rest = text.AsSpan(from + at, position - from - at);
        return !NextPart().IsMatch(rest);
    }

    private static readonly string[] ScheduleHeadings = ["年度目标任务", "分年度目标", "年度目标：", "年度目标:", "分年度任务", "年度任务：", "年度任务:", "进度安排", "年度计划："];

    [GeneratedRegex(@"(?:^|[\s。；;])[一二三四五六七八九十]{1,3}、")]
    private static partial Regex NextPart();

    private static int? PastYearParagraph(string text, int position, int documentYear)
    {
        // Pages saved with their paragraphs run together keep a space after each paragraph's last stop ("…成果。 过去一年，").
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        if (text.LastIndexOf("。 ", Math.Max(0, position - 1), StringComparison.Ordinal) is var joined and >= 0) paragraphStart = Math.Max(paragraphStart, joined + 2);
        if (PastYearOpening().Match(text, paragraphStart, Math.Min(48, position - paragraphStart)) is not { Success: true } opening) return null;
        var year = opening.Groups["year"].Success ? int.Parse(opening.Groups["year"].Value) : documentYear - 1;
        if (year >= documentYear) return null;
        var told = text.AsSpan(paragraphStart, position - paragraphStart);
        if (told.IndexOfAny(AnyTargetCueBefore) >= 0 || told.Contains('将') || told.Contains("力争", StringComparison.Ordinal)
            || FutureSentence().IsMatch(told)) return null;
        return year;
    }

    /// <summary>
    /// "今年，市委、市政府…。今年全市民政部门将抓好…，筹集…3800万元。新建、扩建6家敬老院…" in a report: a paragraph that opens
    /// with this year and says what will be done is this year's plan, to its end.
    /// </summary>
    private static bool ThisYearPlanParagraph(string text, int position)
    {
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        if (!ThisYearOpening().IsMatch(text, paragraphStart)) return false;
        return ThisYearWill().IsMatch(text.AsSpan(paragraphStart, position - paragraphStart));
    }

    // 今年，… but not 今年以来 / 今年上半年 / 今年1-6月 (what happened so far).
    [GeneratedRegex(@"\G\s*今年(?!以来|上半年|前三季度|[一二三]季度|\d|[一二三四五六七八九十]+月|初)")]
    private static partial Regex ThisYearOpening();

    // A sentence of the paragraph opened by 今年 that says what will be done (今年全市民政部门将抓好…).
    [GeneratedRegex(@"(?:^|[。！!])\s*今年[，,]?[^。；;，,]{0,16}?(?:将|要|计划|力争)(?!近|于\d)")]
    private static partial Regex ThisYearWill();

    // 2024年，… / 据…介绍，2024年，… / 厅长…介绍，2023年，… / 会议指出，上一年，… / 过去一年，…: a paragraph that opens with
    // the year it tells of; after a speaker, the year may run into its sentence (会议指出,2016年全区… / 会长在讲话中说,去年全市…).
    [GeneratedRegex(@"\G\s*(?:据?[^，,。]{0,24}(?:介绍|统计|了解|指出|说|表示)[，,]\s*(?:(?<year>20\d{2})\s*年|过去一年|去年(?!同期|同比)|上一年)(?!以来|度)\s*[，,]?|(?:(?<year>20\d{2})\s*年|过去一年|去年|上一年)\s*[，,])")]
    private static partial Regex PastYearOpening();

    /// <summary>The year of a deadline that heads the plan's 。-sentence holding this ；-part (近期(到2025年)规划总量指标为：…；…).</summary>
    private static int? DeadlineHeading(string text, TextSpan sentence, string sectionKind)
    {
        if (sectionKind != FigureKinds.Target) return null;
        var periodStart = LastIndexOfAny(text, Math.Max(0, sentence.Start - 1), PeriodStops) + 1;
        return periodStart < sentence.Start ? DeadlineBefore(text, periodStart, sentence.Start) : null;
    }

    /// <summary>The year of a deadline (到2025年底 / 至2027年 / 2026年底前) named before the number in its sentence.</summary>
    private static int? DeadlineBefore(string text, int sentenceStart, int position)
    {
        int? year = null;
        foreach (Match m in Deadline().Matches(text[sentenceStart..position])) year = int.Parse(m.Groups["year"].Value);
        return year;
    }

    // 截至2024年 / 截止到2024年 report a date reached, not a deadline; nor is 提高到2012年的7905人 (the level a change reached).
    [GeneratedRegex(@"(?<!截|截止|" + LevelChanges.Verbs + @")(?:到|至)\s*(?<year>20\d{2})\s*年(?!的)|(?<year>20\d{2})\s*年\s*(?:底|末)?\s*(?:前|之前)(?![\d一二三四五六七八九十两]+个?[月季])")]
    private static partial Regex Deadline();


    /// <summary>A past five-year plan period named in the sentence before the number (“十三五”期间), as its last year.</summary>
    [GeneratedRegex(@"[(（]\s*(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]+\s*(?<end>20\d{2})\s*年?\s*[)）]")]
    private static partial Regex TrailingPeriod();

    private static int? PlanPeriodEnd(string text, int sentenceStart, int position, int documentYear)
    {
        // The period is usually named once, at the head of the paragraph that reports it.
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        var before = text[Math.Min(paragraphStart, sentenceStart)..position];
        // “十三五”期间 in a 2022 text speaks of results up to 2020; 预计到“十一五”期末 of 2010 (not 由“十一五”末的600余个, a
        // baseline). Of two periods so named, the later named one.
        (int At, int End)? named = null;
        foreach (var (period, end) in FiveYearPlans.Periods)
        {
            if (!before.Contains(period, StringComparison.Ordinal)) continue;
            // A deadline at the period's end (至“十二五”末, 到“十三五”期末) dates the figure whether that end is past or to come.
            var at = -1;
            foreach (Match deadline in FiveYearPlans.EndDeadline().Matches(before))
                if (deadline.Groups["period"].Value == period) at = deadline.Index;
            if (end < documentYear)
                at = Math.Max(at, Math.Max(before.LastIndexOf($"{period}”期间", StringComparison.Ordinal), before.LastIndexOf($"{period}期间", StringComparison.Ordinal)));
            if (at >= 0 && (named is null || at > named.Value.At)) named = (at, end);
        }
        return named?.End;
    }

    /// <summary>The nearest year named before the number in its sentence, not one of a range (2024—2026年) nor inside 《》.</summary>
    [GeneratedRegex(@"^\s*\d+\s*(?:个|家|处|所|项|座|条|部|批)")]
    private static partial Regex BatchCount();

    /// <summary>
    /// 去年 is the time of what follows it, until 今年 takes over: "在去年兴建104个…的基础上，今年本市将再建至少40个".
    /// </summary>
    private static bool NamesLastYear(ReadOnlySpan<char> before)
    {
        if (!before.Contains("去年", StringComparison.Ordinal)) return false;
        var last = -1;
        foreach (var match in LastYear().EnumerateMatches(before)) last = match.Index;
        return last >= 0 && !before[last..].Contains("今年", StringComparison.Ordinal);
    }

    private static int? YearBefore(string text, int sentenceStart, int position)
    {
        int? year = null;
        foreach (Match m in SentenceYear().Matches(text[sentenceStart..position]))
        {
            if (m.Groups["range"].Success) continue;
            // 自1999年实行殡葬改革以来: the year a period starts, not the year of the figure.
            var following = text[(sentenceStart + m.Index + m.Length)..Math.Min(position, sentenceStart + m.Index + m.Length + 14)];
            if (following.Contains("以来", StringComparison.Ordinal)) continue;
            // "完工2024年9个续建老旧小区改造项目": a year between a verb and a count names the batch, not the time.
            var at = sentenceStart + m.Index;
            var yearEnd = at + m.Length;
            if (at > 0 && text[at - 1] >= '\u4e00' && text[at - 1] <= '\u9fff'
                && BatchCount().IsMatch(text.AsSpan(yearEnd, Math.Min(text.Length - yearEnd, 8)))) continue;
            var preceding = text[sentenceStart..(sentenceStart + m.Index)];
            if (preceding.LastIndexOf('《') > preceding.LastIndexOf('》')) continue;
            // "…9047万元，与2021年同比稳步增长" / "较2021年增加": the year compared with, not the time.
            if (preceding.EndsWith('与') || preceding.EndsWith('较') || preceding.EndsWith("比", StringComparison.Ordinal)) continue;
            // "集中供养率由2007年的5.1%提高到当前的52%": the year of the old level, not of the new one.
            if (LevelChanges.IsYearOfOldLevel(text, at)) continue;
            year = int.Parse(m.Groups["year"].Value);
        }
        return year;
    }

    /// <summary>
    /// "“十一五”时期，全区有3.3万残疾人得到…康复" / "“十二五”期间，我区将…": a five-year period named as the time of the sentence
    /// is its last year: a past period's results, a coming one's goals; the period under way only when the sentence plans.
    /// </summary>
    private static int? PeriodBefore(string text, int sentenceStart, int position, int documentYear)
    {
        if (text.IndexOf('五', sentenceStart, position - sentenceStart) < 0) return null;
        int? year = null;
        foreach (Match m in PeriodAsTime().Matches(text, sentenceStart))
        {
            if (m.Index >= position) break;
            if (FiveYearPlans.Periods.FirstOrDefault(p => p.Period == m.Groups["period"].Value) is { EndYear: > 0 } period)
                year = m.Groups["first"].Success ? period.EndYear - 4 : period.EndYear;
        }
        if (year is not { } end || end < documentYear || end - 4 > documentYear) return year;
        var said = text.AsSpan(sentenceStart, position - sentenceStart);
        return said.Contains('将') || said.IndexOfAny(AnyTargetCueBefore) >= 0 ? end : null;
    }

    // The period as a time (…时期，/…期间，/…收官之年 its last year, …开局之年 its first), not a base compared with (比“十一五”期末,
    // 由“十一五”末的).
    [GeneratedRegex(@"(?<![比由较与])[“""]?(?<period>十[一二三四五]五)[”""]?\s*(?:时期|期间|收官之年|(?<first>开局之年))")]
    private static partial Regex PeriodAsTime();

    /// <summary>
    /// The noun phrase a figure outside the catalog counts, when it is a figure: a counting or money unit and a verb
    /// that plans or reports it (or result wording). The phrase after the number ("河道综合整治"), else before it ("托位").
    /// </summary>
    public static string? UncataloguedFigure(string text, Quantity q, TextSpan item, TextSpan clause, string? measure, string kind)
    {
        if (q.Unit is "%" or "‰")
        {
            // 覆盖率达100% / 保障率已达89.33%: a rate named before it; completion rates were set aside already.
            // "提高幅度达30%和 20%": a second rate joined on shares the first one's name.
            // "集中供养率由现在的31.18%提高到41.19%": the old level between a rate's name and its new one is passed over.
            var lead = WithoutBaseline(JoinedRates().Replace(text[Math.Max(clause.Start, q.Start - 48)..q.Start], ""));
            var rate = RateNamed().Match(lead);
            if (rate.Success) return rate.Groups["name"].Value;
            if (ShareOf().Match(lead) is { Success: true } share) return share.Groups["name"].Value;
            // "省二级敬老院达到敬老院总数的35%以上": the share one thing reaches of another.
            // (not the share of a plan done: 完成投资达到年度计划的70%)
            if (ShareReached().Match(lead) is { Success: true } reached && !PlanShare().IsMatch(reached.Groups["whole"].Value)) return reached.Groups["part"].Value + "占" + reached.Groups["whole"].Value + "比例";
            // "养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村": the share of places a thing covers.
            if (CoveredPlaceAfter().Match(text, q.End) is { Success: true } place && text.AsSpan(clause.Start, q.Start - clause.Start).Contains("覆盖", StringComparison.Ordinal))
                return "覆盖" + place.Groups["place"].Value + "比例";
            // "4A级以上婚姻登记场所达到100%，5A级达到60%": the share of places rated at a grade.
            if (GradeShare().Match(text[clause.Start..q.Start]) is { Success: true } grade) return grade.Groups["name"].Value + "比例";
            // "推动80%以上城市社区实现“一窗受理”": the share of places a plan brings to a state.
            if (CoveredPlaceAfter().Match(text, q.End) is { Success: true } brought && BringBefore().IsMatch(text[clause.Start..q.Start])
                && text.IndexOf("实现", q.End, Math.Min(20, clause.End - q.End), StringComparison.Ordinal) >= 0)
                return brought.Groups["place"].Value + "比例";
            return null;
        }
        if (q.Unit is null || !FigureUnits.Contains(q.Unit)) return null;
        // "出台10条措施": 条 counts roads and names (28条道路, 45万条地名), not the articles of a policy nor records
        // processed ("138.9万余条数据校核、补录"); a stock of records ("收录数据1400余万条") names them before the number.
        if (q.Unit == "条" && (PolicyAfter().IsMatch(text, q.End) || PolicyBefore().IsMatch(text[clause.Start..q.Start]))) return null;
        // 件 counts cases and goods (法律援助案件400件, 健身器材15件, 防暑降温物品18.6万件), not matters of business
        // (10件、23项实事, 业务量1260.2万件, 3件提案).
        if (q.Unit == "件" && !CasesOrGoods().IsMatch(text[clause.Start..Math.Min(clause.End, q.End + 10)])) return null;
        var clauseText = text[clause.Start..clause.End];
        if (measure is null && kind != FigureKinds.Actual && clauseText.AsSpan().IndexOfAny(AnyFigureVerb) < 0) return null;

        // "为243户530人发放…": the households' noun comes after the people counted with them.
        var after = NounAfter().Match(PairedPeopleAhead().Replace(text[q.End..item.End], ""));
        if (after.Success && AspectNoun().IsMatch(after.Value.TrimStart())) return null;
        if (after.Success && after.Value.Length >= 2 && !after.Value.EndsWith("项目", StringComparison.Ordinal)) return Cut(after.Value);
        // "低保新增 1010 户 1653 人": a second count of the same thing shares the first one's noun.
        var before = TrailingCount().Replace(text[item.Start..q.Start], "");
        var noun = NounBefore().Match(WithoutBaseline(before));
        // (",由1.5元调整为1元": a change with no name of its own in its item keeps the words it has.)
        if (!noun.Success || noun.Groups["noun"].Length < 2) noun = NounBefore().Match(before);
        if (noun.Success && noun.Groups["noun"].Length >= 2) return Cut(noun.Groups["noun"].Value);
        // 分别达到1500元、375元、100元: a bare value in a list takes the noun its list opens with.
        var clauseText2 = text[clause.Start..q.Start];
        var firstDigit = clauseText2.IndexOfAny("0123456789".ToCharArray());
        if (firstDigit <= 0) return null;
        var listNoun = NounBefore().Match(ListLead().Replace(clauseText2[..firstDigit], ""));
        return listNoun.Success && listNoun.Groups["noun"].Length >= 2 ? Cut(listNoun.Groups["noun"].Value) : null;
    }

    private static string Cut(string noun) => noun.Length > 24 ? noun[..24] : noun;

    /// <summary>
    /// "保障人数由2009年的5900人提高到2012年的" → "保障人数提高到2012年的": a lead without the old level a change starts from, so
    /// that what comes before it names the new one.
    /// </summary>
    private static string WithoutBaseline(string lead) =>
        lead.AsSpan().IndexOfAny('由', '从', '從') < 0 ? lead : BaselineThenChange().Replace(lead, "");

    [GeneratedRegex(@"[由从從](?:原来的|现在的|当前的|目前的|最初的)?[^，,。；;\d]{0,12}?(?:(?:19|20)\d{2}\s*年[底末]?的?)?[^，,。；;\d]{0,8}?\d+(?:\.\d+)?\s*[万亿]?[^，,。；;\d、和及]{0,6}?(?:[、和及]\s*\d+(?:\.\d+)?\s*[万亿]?[^，,。；;\d、和及]{0,6}?)*(?<change>(?:分别)?(?:" + LevelChanges.Verbs + @")(?:到|至|为)(?:(?:19|20)\d{2}\s*年[底末]?的?)?[^，,。；;\d]{0,8})$")]
    private static partial Regex BaselineThenChange();

    /// <summary>The canonical unit of a counter written outside the catalog: 名 counts 人, as the catalog does.</summary>
    public static string CanonicalUnit(string? unit) => unit switch { "名" or "位" => "人", null => "", _ => unit };

    /// <summary>"培养及培训各2000名": two short verbs of one thing (EachOf gives the thing a figure per verb).</summary>
    public static bool IsShortPair(string text, Quantity q, TextSpan clause)
    {
        var before = text[clause.Start..q.Start].TrimEnd();
        return before.EndsWith('各') && PairedVerbs().IsMatch(before);
    }

    /// <summary>"培养及培训各2000名" is two figures, one for each verb; otherwise one.</summary>
    public static IEnumerable<string> EachOf(string text, Quantity q, TextSpan clause, string measure)
    {
        yield return measure;
        var before = text[clause.Start..q.Start].TrimEnd();
        if (before.EndsWith('各') && PairedVerbs().IsMatch(before)) yield return measure;
    }

    /// <summary>"目前已完成20张专区床位建设": a shortened name after the number that ends an indicator named earlier.</summary>
    public static AliasHit? ShortenedNameAfter(string text, Quantity q, TextSpan item, IReadOnlyList<AliasHit> aliases, TextSpan sentence)
    {
        var rest = text.AsSpan(q.End, item.End - q.End).TrimStart();
        if (rest.Length < 2) return null;
        for (var i = aliases.Count - 1; i >= 0; i--)
        {
            var a = aliases[i];
            if (a.Start < sentence.Start || a.End > q.Start) continue;
            var name = text.AsSpan(a.Start, a.End - a.Start);
            for (var k = name.Length - 1; k >= 2; k--)
                if (rest.StartsWith(name[^k..], StringComparison.Ordinal)) return a;
        }
        return null;
    }

    // 由… with no 提高到 yet before the number.
    [GeneratedRegex(@"由(?:(?!提高|调整|上调)[^，,。；;])*$")]
    private static partial Regex BaselineListAround();

    // A raise still to come in the clause after the number: …、…200元提高到….
    [GeneratedRegex(@"\G[^，,。；;]{0,40}?(?:提高|调整|上调)(?:为|到|至)")]
    private static partial Regex RaiseAfterInClause();

    // "由728元提高为735元" / "从1340元、820元提高到1450元和880元" (each old value of the list) / "由420元统一调至660元":
    // the level before a change.
    [GeneratedRegex(@"^\s*(?:/\s*(?:人\s*/\s*)?[月年]\s*)?(?:[、和及]\s*\d+(?:\.\d+)?\s*元?\s*(?:/\s*(?:人\s*/\s*)?[月年]\s*)?)*(?:分别|统一|均)?(?:提高|调整|增加|上调|提升|减少|下降|降低|减|降|增|调)\s*(?:为|到|至)")]
    private static partial Regex BaselineAfter();

    // (完工率, 执行率 and 拨付率 measure the progress of works and of money against its plan, as 完成率 does.)
    [GeneratedRegex(@"(?:完成率|开工率|竣工率|完工率|执行率|拨付率|为计划的|占计划|占年任务的?|占总数的?|完成全年任务的|下达全年任务的|增长|提高了?)\s*(?:达到|达|为)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex RateBefore();

    [GeneratedRegex(@"共计(?=新建|新增|建设|改造|改扩建|扩建|培训|发放)")]
    private static partial Regex PlannedTotal();

    [GeneratedRegex(@"(?:完成率|完成进度|开工率)分别\s*(?:达到|达|为)?\s*(?:\d+(?:\.\d+)?\s*%\s*[、和及]\s*)*$", RegexOptions.RightToLeft)]
    private static partial Regex CompletionRateList();

    // "184个项目地区" / "4家项目业主" count places and owners of projects, not projects.
    [GeneratedRegex(@"^\s*(?:个)?(?:[\p{IsCJKUnifiedIdeographs}]{1,4}类)?(?:子项目|项目(?!地区|县|市|区|点|村|社区|单位|业主|法人|企业)|件实事|民生实事|为民办实事|实事项目|事项)")]
    private static partial Regex MetaCountAfter();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*[\p{IsCJKUnifiedIdeographs}]{1,2}\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingCount();

    [GeneratedRegex(@"\G[\p{IsCJKUnifiedIdeographs}]{3,}")]
    private static partial Regex OwnNounAfter();

    // Departments and jurisdictions that take part or adopt a policy ("12个部门", "31个省份建立…机制") are not figures of the work.
    [GeneratedRegex(@"^\s*(?:个)?(?:部门|成员单位|委办局|省份|省（区、市）|省\(区、市\)|省区市)")]
    private static partial Regex ParticipantsAfter();

    // (…比去年增长 / 同比增长 / 年增长率7.2%, 增幅: a rise)
    [GeneratedRegex(@"(?:(?:(?<!占)比[^，,。；;]{0,10}|同比|环比)(?:多|少|增加|增长|减少|下降|提高|上升)了?|增长率|增幅)(?:为|达|达到)?\s*(?:约|近|超)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex DifferenceBefore();

    // 在全区20个镇街… / 在渔薪、蒋场两个乡镇…: the number right after 在 and at most the places' names.
    [GeneratedRegex(@"^\s*在\s*(?:全[市县区省镇]|[\p{IsCJKUnifiedIdeographs}]{1,6}(?:、[\p{IsCJKUnifiedIdeographs}]{1,6})+)?\s*$")]
    private static partial Regex ScopeBefore();

    [GeneratedRegex(@"\G\s*(?:镇街|街镇|乡镇|街道|镇|乡|村居|村|社区|区县|县区|县|区)")]
    private static partial Regex ScopePlacesAfter();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{2,6}(?:、[\p{IsCJKUnifiedIdeographs}]{2,6})+\s*$", RegexOptions.RightToLeft)]
    private static partial Regex NamedPlacesBefore();

    [GeneratedRegex(@"^\s*(?:以下|以上)的(?:是|有)")]
    private static partial Regex ClassBoundAfter();

    [GeneratedRegex(@"每(?:一)?[个家所处](?:街镇|街道|乡镇|镇|村|社区|村居|居委|区|县)")]
    private static partial Regex PerPlaceBefore();

    [GeneratedRegex(@"(?:增加|提高|上调|增长|提升)了?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex StepBefore();

    [GeneratedRegex(@"\G\s*[，,]\s*(?:达到|提高到|提高至|增至|增加到|增加至|调整为|调整到)\s*\d")]
    private static partial Regex LevelAfter();

    [GeneratedRegex(@"涉及\s*(?:全[市县区镇])?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex InvolvedBefore();

    [GeneratedRegex(@"(?:干部职工|工作人员|在编人员|编制|在职职工)\s*(?:共|有|共有)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex StaffBefore();

    [GeneratedRegex(@"除[^，,。；;除]{0,12}$", RegexOptions.RightToLeft)]
    private static partial Regex ExceptionBefore();

    [GeneratedRegex(@"\G[^，,。；;]{0,14}外")]
    private static partial Regex ExceptionAfter();

    [GeneratedRegex(@"(?:死亡|亡故|去世)(?:人口|人数)?\s*(?:共|共计|为|达)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex DeathsBefore();

    [GeneratedRegex(@"(?:常住|户籍|老年|总)人口(?:总数|总量|数)?\s*(?:共|共计|为|达|达到|有|约|近|超过)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex PopulationBefore();

    [GeneratedRegex(@"(?:造成|致使|导致)[^，,；;。\d]{0,6}(?:\d+(?:\.\d+)?\s*万?\s*[户人间]\s*[、，,]?\s*)?$", RegexOptions.RightToLeft)]
    private static partial Regex HarmBefore();

    [GeneratedRegex(@"(?:其余|剩余|尚余)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex RemainderBefore();

    // "出台…建设措施20条": the articles of a policy counted after its name.
    [GeneratedRegex(@"(?:措施|举措|意见|规定|政策|建议|要求|制度|条款)\s*$")]
    private static partial Regex PolicyBefore();

    [GeneratedRegex(@"案件|法律援助|器材|器具|辅具|物品|物资|设备|衣物|棉被")]
    private static partial Regex CasesOrGoods();

    [GeneratedRegex(@"\G\s*(?:措施|举措|意见|规定|政策|建议|要求|经验|做法|标准|原则|规范|制度|条款|热线|渠道|途径|数据|信息|记录)")]
    private static partial Regex PolicyAfter();

    [GeneratedRegex(@"(?<name>\d[A-Z]\s*级(?:以上)?[\p{IsCJKUnifiedIdeographs}]{0,12}?)\s*(?:占比|比例)?\s*(?:达到|达|为)\s*$")]
    private static partial Regex GradeShare();

    [GeneratedRegex(@"(?:推动|推进|确保|力争|实现|使)\s*$")]
    private static partial Regex BringBefore();

    [GeneratedRegex(@"\G\s*的?(?<place>行政村|城市社区|农村社区|村居|村|社区|乡镇|街镇|街道|城乡社区)")]
    private static partial Regex CoveredPlaceAfter();

    // "为243户530人…" (the people of the households) / "为2500名40周岁以上城乡居民…" (their age): not the noun yet.
    [GeneratedRegex(@"^\s*[、，,]?\s*\d+(?:\.\d+)?\s*万?\s*[人名](?![次])|^\s*\d+\s*周?岁(?:及)?(?:以上|以下)?的?")]
    private static partial Regex PairedPeopleAhead();

    // "从5个方面入手": aspects, steps and levels of the work, not things counted.
    [GeneratedRegex(@"^(?:方面|环节|步骤|维度|层面|层级)")]
    private static partial Regex AspectNoun();

    [GeneratedRegex(@"(?<part>[\p{IsCJKUnifiedIdeographs}]{2,16}?)(?:要|将|力争|争取)?(?:达到|达)(?<whole>[\p{IsCJKUnifiedIdeographs}]{2,16}?)的\s*$", RegexOptions.RightToLeft)]
    private static partial Regex ShareReached();

    [GeneratedRegex(@"计划|目标|任务|投资|进度")]
    private static partial Regex PlanShare();

    // "民生支出占一般公共预算支出83.6%": the share one amount is of another.
    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}]{2,12}占[\p{IsCJKUnifiedIdeographs}]{2,16}?(?:的)?(?:比重|比例)?)\s*(?:达到|达|为)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex ShareOf();

    [GeneratedRegex(@"(?:\d+(?:\.\d+)?\s*%\s*(?:和|、|及|与)\s*)+$", RegexOptions.RightToLeft)]
    private static partial Regex JoinedRates();

    [GeneratedRegex(@"^\s*(?:工作日|月|季度|小时|星期)")]
    private static partial Regex PeriodAfter();

    [GeneratedRegex(@"(?:服务中心|日托中心|照料中心|服务机构|养老机构|家园)$", RegexOptions.RightToLeft)]
    private static partial Regex FacilityKindEnding();

    [GeneratedRegex(@"(?:街道|镇|乡|村|社区|公寓|中心|公司|医院|院)$", RegexOptions.RightToLeft)]
    private static partial Regex PlaceEnding();

    // "为完成建设50个城乡社区日间照料中心目标任务": the thing counted, then 目标任务: the goal, not what was done.
    [GeneratedRegex(@"\G[^，,。；;\d已完超]{0,16}?目标任务")]
    private static partial Regex GoalAfter();

    // "去年，郑州市为39家养老机构发放…": last year, the year before the text's (not 比去年 / 较去年 / 去年同期, comparisons).
    [GeneratedRegex(@"(?<![比较与和])去年(?!同期|同比)")]
    private static partial Regex LastYear();

    [GeneratedRegex(@"^\s*的?(?:年度|节点|阶段)?(?:目标|计划|任务)")]
    private static partial Regex StatedTarget();

    [GeneratedRegex(@"任务(?:数|量)?(?:为|是)?\s*$|年初(?:方案|计划)", RegexOptions.RightToLeft)]
    private static partial Regex TaskSetBefore();

    [GeneratedRegex(@"^\s*的?(?:建设|改造|救助|培训)(?:目标|任务)")]
    private static partial Regex TaskSetAfter();

    [GeneratedRegex(@"(?<year>20\d{2})\s*(?:年)?(?<range>\s*[-－—–~～至到]\s*20\d{2})?\s*年")]
    private static partial Regex SentenceYear();

    [GeneratedRegex(@"[由从]" + LevelChanges.DatedOldLevel + @"[^，,。；;]{0,16}$")]
    private static partial Regex ChangeFromYear();

    // "覆盖率分别达到96.9%、65.7%" / "登记失业率控制在3.5%以下": a list after 分别 and a ceiling kept name their rate too.
    // "助餐社区覆盖率目前已达82%" / "城区助餐覆盖面达到50%以上" / "毛入园率将大于90%" / "失业率在3.6%以内" as well.
    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}“”]{2,16}(?:率|比例|占比|幅度|覆盖面))\s*(?:目前|现已|现)?(?:已|均|将)?(?:要|可|力争|争取|预计)?(?:分别)?\s*(?:达到了|达到|达|为|提高到|提高至|提升至|提升到|保持在|保持|稳定在|控制在|在|超过|大于|高于|不低于|不小于|不少于|不超过)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex RateNamed();

    [GeneratedRegex(@"^[\s“”""]*[\p{IsCJKUnifiedIdeographs}“”""（）()]+")]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"(?:新增|新建|建成|完成|发放|惠及|救助|纳入|享受|受理|咨询|扶持|增设|增加|开工|保障|支出|争取|投资|整治|开展|提供|培训|培养|实现|达到|累计|共有|现有|全区|全市|全县|为|对)?(?<noun>[\p{IsCJKUnifiedIdeographs}（）()“”]{2,})\s*$", RegexOptions.RightToLeft)]
    private static partial Regex NounBefore();

    [GeneratedRegex(@"(?:分别|均)?(?:达到|提高到|提高至|为|是)?\s*(?:每人每[月年])?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex ListLead();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,4}(?:及|和|与|、)[\p{IsCJKUnifiedIdeographs}]{1,4}各$", RegexOptions.RightToLeft)]
    private static partial Regex PairedVerbs();
}
