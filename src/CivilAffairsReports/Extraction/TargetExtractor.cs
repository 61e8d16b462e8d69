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
        ("升级改造", Measures.Conversion), ("改造", Measures.Conversion), ("改建", Measures.Conversion), ("升级", Measures.Conversion),
        ("新增", Measures.New), ("新建", Measures.New), ("新推广", Measures.New), ("建成", Measures.New),
        ("覆盖", Measures.Coverage),
        ("建设", Measures.New), ("培训", Measures.New), ("培养", Measures.New), ("培育", Measures.New),
        ("安装", Measures.New), ("推广", Measures.New), ("完成", Measures.New), ("提供", Measures.New),
        ("开展", Measures.New), ("发展", Measures.New), ("打造", Measures.New), ("设立", Measures.New), ("认定", Measures.New),
        ("实现", Measures.New), ("达到", Measures.New), ("提高至", Measures.New), ("达", Measures.New),
    ];

    private static readonly HashSet<string> CountableUnits = ["张", "名", "户", "家", "个", "人", "所", "处", "座", "台"];

    [GeneratedRegex(@"^\D{0,16}?(?<year>\d{4})\s*年(度)?\s*(工作)?(总结|回顾)$")]
    private static partial Regex SummaryHeading();

    [GeneratedRegex(@"^\D{0,16}?(?<year>\d{4})\s*年.{0,16}(工作要点|重点工作|工作安排|主要任务|工作计划|工作打算|工作思路)")]
    private static partial Regex PlanHeading();

    [GeneratedRegex(@"^[^，,。；]{0,20}?(工作总结|工作回顾|总结报告)")]
    private static partial Regex SummaryTitle();

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex YearInLine();

    [GeneratedRegex(@"现将[^。]{0,30}(总结|完成情况)[^。]{0,6}(如下|汇报如下)")]
    private static partial Regex SummaryOpening();

    public ExtractionResult Extract(string text, int documentYear)
    {
        var aliases = catalog.FindAliases(text);
        var protectedSpans = NonTargetRules.ProtectedSpans(text);
        var sections = Sections(text, documentYear);
        var figures = new List<ExtractedFigure>();
        var skipped = new List<SkippedNumber>();

        foreach (var q in QuantityScanner.Scan(text))
        {
            var item = Enclosing(text, q.Start, IsItemBoundary);
            var clause = Enclosing(text, q.Start, IsClauseBoundary);
            var sentence = Enclosing(text, q.Start, IsSentenceBoundary);
            string Context() => text[sentence.Start..sentence.End].Trim();

            // Every rule below looks inside the number's sentence only: hand it that sentence's names, not the document's.
            var local = Within(aliases, sentence);
            var rejection = NonTargetRules.Reason(text, q, protectedSpans) ?? ReportingRules.Reason(text, q, item, clause, local);
            if (rejection is not null)
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, rejection, false, Context()));
                continue;
            }

            var (hit, unit, mismatch) = ChooseIndicator(text, local, q, item, sentence);
            var measure = FindMeasure(text, item, clause, sentence, local);
            var section = sections.Last(s => s.Start <= q.Start);
            var (kind, year) = ReportingRules.KindAndYear(text, q, item, clause, sentence, section.Kind, section.Year, documentYear);
            // "对 198 家养老机构开展等级评定" in a plan: the objects of an activity, not facilities to build.
            if (kind == FigureKinds.Target && ReportingRules.IsObjectOfActivity(text, q, item))
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, ReportingRules.ObjectReason, false, Context()));
                continue;
            }
            if (hit is null)
            {
                // Chinese numerals with no indicator are mostly slogans (四个意识, 两个确立): not worth a reviewer's time.
                if (q.IsChineseNumeral) continue;
                var name = ReportingRules.UncataloguedFigure(text, q, item, clause, measure, kind);
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
                    q.Unit == "%" ? Measures.Rate : measure ?? Measures.New, q.Qualifier,
                    text[start..end], start, end, q.Start, q.End, q.Text(text)));
                continue;
            }

            var indicator = hit.Value.Indicator;
            if (indicator.IsRate) measure = Measures.Rate;
            if (measure is null && kind == FigureKinds.Actual) measure = Measures.New;
            if (measure is null)
            {
                skipped.Add(new SkippedNumber(q.Text(text), q.Start, q.End, NoTargetVerbReason, false, Context()));
                continue;
            }

            // Evidence is the clause as written; when the indicator is named earlier in the sentence, from there.
            var evidenceStart = Math.Min(clause.Start, hit.Value.Start);
            var evidenceEnd = Math.Max(clause.End, hit.Value.End);
            (evidenceStart, evidenceEnd) = Trim(text, evidenceStart, evidenceEnd);

            foreach (var figureMeasure in ReportingRules.EachOf(text, q, clause, measure))
                figures.Add(new ExtractedFigure(
                    indicator, kind, year, q.Value, q.ValueMax, unit!, q.Unit, figureMeasure, q.Qualifier,
                    text[evidenceStart..evidenceEnd], evidenceStart, evidenceEnd, q.Start, q.End, q.Text(text)));
        }
        return new ExtractionResult(figures, skipped);
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
        var inItem = aliases.Where(a => a.Start >= item.Start && a.End <= item.End)
            .Where(a => !IsGloss(text, a, aliases)).ToList();
        var candidates = inItem.Where(a => a.Start >= q.End).Reverse()
            .Concat(inItem.Where(a => a.End <= q.Start && !CountsSomethingElse(text, a, q)).Reverse())
            .ToList();
        if (inItem.Count == 0 && CountsNothingOfItsOwn(text, q, item))
            candidates.AddRange(aliases.Where(a => a.Start >= sentence.Start && a.End <= item.Start)
                .Where(a => !BelongsToAnotherFigure(text, a, q, item)).Reverse());
        else if (inItem.Count == 0 && ReportingRules.ShortenedNameAfter(text, q, item, aliases, sentence) is { } named)
            candidates.Add(named);
        // 每万名老年人拥有养老床位 45 张: a per-N rate names what the number is, whatever bed it counts.
        if (inItem.FirstOrDefault(a => a.End <= q.Start && text[a.Start] == '每') is { Indicator: not null } perN && perN.End > 0)
            candidates.Insert(0, perN);

        foreach (var candidate in candidates)
        {
            var unit = candidate.Indicator.CanonicalUnit(q.Unit);
            if (unit is not null) return (candidate, unit, false);
        }
        return (null, null, candidates.Count > 0);
    }

    /// <summary>
    /// True when the quantity names no thing of its own, so the indicator named earlier in the sentence is
    /// what it counts: it ends its item ("全年新增照护服务对象 4000 余人"), is a percentage ("覆盖 90% 以上的街镇"),
    /// or is followed only by a generic recipient ("为 1000 名服务对象开展服务"). "对 198 家养老机构开展…" is not.
    /// </summary>
    private static bool CountsNothingOfItsOwn(string text, Quantity q, TextSpan item)
    {
        if (q.Unit == "%") return true;
        var rest = text[q.End..item.End].TrimStart();
        return rest.Length == 0 || GenericRecipients.Any(r => rest.StartsWith(r, StringComparison.Ordinal));
    }

    private static readonly string[] GenericRecipients = ["老年人", "服务对象", "对象", "用户", "家庭", "人次", "点位", "的年度目标", "的目标"];

    /// <summary>
    /// A name before the number is not what it counts when another number counts it first ("近 2600 家社会组织…发布
    /// 6.8 万余个岗位"), or when a verb and a noun of their own stand between ("社会组织共完成…项目720余个").
    /// </summary>
    private static bool CountsSomethingElse(string text, AliasHit a, Quantity q)
    {
        // A baseline (由 728 元提高为 735 元) and a first count of the same thing (6634户9042人) do not count it away.
        // "…社会组织及其会员单位发布 6.8 万余个岗位": a noun of its own right after the number is what it counts.
        if (StartsWithOwnNoun(text, q.End) && !GenericRecipients.Any(g => string.CompareOrdinal(text, q.End, g, 0, g.Length) == 0)) return true;
        var between = BaselinePhrase().Replace(text[a.End..q.Start], "");
        if (between.Any(char.IsAsciiDigit)) return !PairedCount().IsMatch(between);
        var lastCue = MeasureCues.Select(c => c.Cue).Concat(OtherVerbs)
            .Select(c => (Cue: c, At: between.LastIndexOf(c, StringComparison.Ordinal)))
            .Where(c => c.At >= 0).OrderByDescending(c => c.At).FirstOrDefault();
        if (lastCue.Cue is null) return false;
        var trailing = QualifierWords().Replace(between[(lastCue.At + lastCue.Cue.Length)..], "");
        foreach (var generic in GenericRecipients) trailing = trailing.Replace(generic, "");
        return trailing.Count(c => c >= '\u4e00' && c <= '\u9fff') >= 2;
    }

    // Two ideographs right after the counter, not a qualifier (以上, 左右) nor a particle (其中, 为, 的).
    private static bool StartsWithOwnNoun(string text, int at) =>
        at + 2 <= text.Length && IsIdeograph(text[at]) && IsIdeograph(text[at + 1]) && "以左其为的".IndexOf(text[at + 1]) < 0
        && "以左其为的".IndexOf(text[at]) < 0;

    private static bool IsIdeograph(char c) => c >= '\u4e00' && c <= '\u9fff';

    private static readonly string[] OtherVerbs = ["发布", "发放", "惠及", "纳入", "资助"];

    [GeneratedRegex(@"不少于|不低于|至少|超过|以上|累计|达到|每人每[月年]|每[月年]|约|近|超|达|共|为|\s")]
    private static partial Regex QualifierWords();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*元?\s*(?:/\s*人\s*/\s*[月年])?\s*(?:提高|调整|增加|上调|提升)\s*(?:为|到|至)")]
    private static partial Regex BaselinePhrase();

    [GeneratedRegex(@"^[^\d，,；;]*\d[\d,.]*\s*[\p{IsCJKUnifiedIdeographs}]{1,2}\s*$")]
    private static partial Regex PairedCount();

    /// <summary>The alias hits inside a span; hits are in text order and never overlap, so a binary search finds the first.</summary>
    private static List<AliasHit> Within(IReadOnlyList<AliasHit> aliases, TextSpan span)
    {
        int lo = 0, hi = aliases.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (aliases[mid].Start < span.Start) lo = mid + 1; else hi = mid;
        }
        var hits = new List<AliasHit>();
        for (var i = lo; i < aliases.Count && aliases[i].Start < span.End; i++) hits.Add(aliases[i]);
        return hits;
    }

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
        var rest = text[q.End..item.End].TrimStart();
        if (rest.StartsWith("的年度目标", StringComparison.Ordinal) || rest.StartsWith("的目标", StringComparison.Ordinal)) return false;
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
                   : null);
    }

    /// <summary>The span with indicator names blanked, so that 改造 inside 居家环境适老化改造 is not read as a verb.</summary>
    private static string WithoutAliases(string text, int start, int end, IReadOnlyList<AliasHit> aliases)
    {
        var chars = text[start..end].ToCharArray();
        foreach (var a in aliases)
            for (var i = Math.Max(a.Start, start); i < Math.Min(a.End, end); i++) chars[i - start] = ' ';
        return new string(chars);
    }

    public static bool HasMeasureCue(string span) => MeasureIn(span) is not null;

    private static string? MeasureIn(string span)
    {
        foreach (var (cue, measure) in MeasureCues)
            if (span.Contains(cue, StringComparison.Ordinal)) return measure;
        return null;
    }

    private readonly record struct Section(int Start, string Kind, int Year);

    /// <summary>A work summary (上海民政2024年工作总结) inside a plan reports actuals of that year, not targets.</summary>
    private static List<Section> Sections(string text, int documentYear)
    {
        var sections = new List<Section> { new(0, FigureKinds.Target, documentYear) };
        var lineStart = 0;
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            var compact = line.Replace(" ", "");
            // A summary's own title (2024年工作总结及2025年工作安排), or its opening words (现将全年工作情况总结如下),
            // make what follows results until a plan heading.
            if (lineNumber++ < 6 && !compact.Contains('《')
                && (compact.Length <= 60 && SummaryTitle().IsMatch(compact) || SummaryOpening().IsMatch(compact)))
            {
                sections.Add(new Section(lineStart, FigureKinds.Actual,
                    YearInLine().Match(compact) is { Success: true } y ? int.Parse(y.Groups[1].Value) : documentYear));
                lineStart += line.Length + 1;
                continue;
            }
            if (compact.Length <= 30)
            {
                if (SummaryHeading().Match(compact) is { Success: true } summary)
                    sections.Add(new Section(lineStart, FigureKinds.Actual, int.Parse(summary.Groups["year"].Value)));
                else if (PlanHeading().Match(compact) is { Success: true } plan && !compact.Contains('《'))
                    sections.Add(new Section(lineStart, FigureKinds.Target, int.Parse(plan.Groups["year"].Value)));
            }
            lineStart += line.Length + 1;
        }
        return sections;
    }

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
    private static bool IsClauseBoundary(char c) => IsSentenceBoundary(c) || c is '，' or ',' or '：' or ':';
    private static bool IsItemBoundary(char c) => IsClauseBoundary(c) || c is '、';
}
