using System.Text.RegularExpressions;

namespace CivilAffairsReports.Documents;

/// <summary>
/// Reads issuer, place, document number, date, year and title from a document's own text, so that a new
/// district's document needs no configuration. Never refuses a document: what the text does not say is inferred
/// from what it does (the 文号's year, dates, headings, place names) and marked 待确认 for a reviewer.
/// </summary>
internal static partial class DocumentMetadataReader
{
    public const string MunicipalIssuer = "上海市民政局";
    public const string UnknownIssuer = "待确认";
    public const string UnknownLevel = "unknown";

    private const int HeadLength = 3000;

    public static DocumentMetadata Read(string fileName, string text)
    {
        var head = text.Length > HeadLength ? text[..HeadLength] : text;
        var compactHead = head.Replace(" ", "");
        var doubts = new List<string>();

        var (issuer, region) = IssuerAndRegion(compactHead);
        if (issuer is null)
        {
            doubts.Add("发文机关未写明");
            region = RegionNamedIn(compactHead);
            if (region is not null) doubts.Add($"地区由文中地名“{region.Name}”推断");
        }
        if (region is null) doubts.Add("地区无法识别");

        var numberMatch = DocumentNumber().Match(head);
        var number = numberMatch.Success
            ? $"{numberMatch.Groups["prefix"].Value}〔{numberMatch.Groups["year"].Value}〕{numberMatch.Groups["seq"].Value}号"
            : null;
        var date = FirstDate(text);
        var title = Title(head);
        // A news item's headline names its year when no title does ("定了!福州2018这十大民生工程").
        var year = YearOf(title ?? Headline(head)) ?? (numberMatch.Success ? int.Parse(numberMatch.Groups["year"].Value) : (int?)null) ?? date?.Year;
        if (year is null && FiveYearPlans.NamedIn(title) is { } period)
        {
            // "长沙民政事业发展“十二五”规划(征求意见稿)": a plan for a period is written as the period starts; news of it
            // completed ("高质量完成‘十四五’规划"系列主题新闻发布会) as it ends.
            var completes = CompletedPeriodPlan().IsMatch(title!);
            year = completes ? FiveYearPlans.EndYearOf(period.Period) : period.StartYear;
            doubts.Add($"年度由标题所称{(completes ? "完成" : "")}的“{period.Period}”规划期推断为 {year}");
        }
        if (year is null)
        {
            year = MostNamedYear(text, out var onlyBounds);
            // A text that names years only as bounds (截至2024年底, 相较于2020年) and reviews a period is dated by the period.
            if (onlyBounds && (CompletedPeriodPlan().Match(head) is { Success: true } completedToo ? completedToo.Groups["period"].Value : ReviewedPeriod(title, head)) is { } ending)
            {
                year = FiveYearPlans.EndYearOf(ending);
                doubts.Add($"年度由文中回顾的“{ending}”时期推断为 {year}");
            }
            else if (year is not null) doubts.Add($"年度由文中最常出现的年份 {year} 推断");
        }
        // "“高质量完成‘十四五’规划”系列主题新闻发布会": news of a period's plan completed is written as the period ends.
        if (year is null && CompletedPeriodPlan().Match(head) is { Success: true } completed)
        {
            year = FiveYearPlans.EndYearOf(completed.Groups["period"].Value);
            doubts.Add($"年度由文中所称完成“{completed.Groups["period"].Value}”规划推断为 {year}");
        }
        // "…审议通过了《宁夏残疾人事业“十二五”发展纲要》": news of a plan for a period, with no year of its own, is of the
        // period's first year.
        if (year is null && PlanTitle().Matches(head).Select(m => FiveYearPlans.NamedIn(m.Value)).FirstOrDefault(p => p is not null) is { } named)
        {
            year = named.StartYear;
            doubts.Add($"年度由文中所称“{named.Period}”规划推断为 {year}");
        }
        // "“十四五”期间,吉林省的民政事业取得了哪些成效?": a review of a period, with no year of its own, is written as it ends.
        if (year is null && ReviewedPeriod(title, head) is { } reviewed)
        {
            year = FiveYearPlans.EndYearOf(reviewed);
            doubts.Add($"年度由文中回顾的“{reviewed}”时期推断为 {year}");
        }
        // "五年来…较“十三五”末增长35%": five years looked back on from a period's end close the next period.
        if (year is null && text.Contains("五年来", StringComparison.Ordinal) && ComparedPeriod().Match(text) is { Success: true } since)
        {
            year = FiveYearPlans.EndYearOf(since.Groups["period"].Value) + 5;
            doubts.Add($"年度由文中回顾的五年（较“{since.Groups["period"].Value}”末）推断为 {year}");
        }
        // "至“十二五”末，济宁市养老床位总量达到5.1万张": a text that sets goals for a period's end was written within it, at
        // the latest; its first year keeps those goals ahead of it.
        if (year is null && FiveYearPlans.EndDeadline().Match(text) is { Success: true } deadline)
        {
            year = FiveYearPlans.EndYearOf(deadline.Groups["period"].Value) - 4;
            doubts.Add($"年度由文中以“{deadline.Groups["period"].Value}”末为期限推断为该时期首年 {year}");
        }
        // "低保人数比2013年减少": a text that names a year only to compare with speaks of the year after it.
        if (year is null && ComparedYear().Match(text) is { Success: true } compared)
        {
            year = int.Parse(compared.Groups["year"].Value) + 1;
            doubts.Add($"年度由文中比较的 {compared.Groups["year"].Value} 年推断为其次年 {year}");
        }
        if (year is null) doubts.Add("文中没有年份");

        var parent = region is null ? null : Regions.Parent(region);
        var isCounty = region?.Level == "county";
        return new DocumentMetadata(
            issuer ?? UnknownIssuer,
            region?.DocumentLevel ?? UnknownLevel,
            isCounty ? region!.Name : null,
            isCounty ? region!.Code : null,
            number, date, year, title,
            region?.Code, region?.Name, parent?.Code, parent?.Name,
            doubts.Count == 0 ? null : string.Join("；", doubts));
    }

    /// <summary>
    /// The issuing organ and the place it speaks for: an issuer line (上海市青浦区民政局, 来源:珠山区民政局,
    /// 杭州市上城区人民政府办公室), else an organ named in the head whose place is a known region.
    /// </summary>
    private static (string? Issuer, Region? Region) IssuerAndRegion(string compactHead)
    {
        (string, Region?)? firstUnplaced = null;
        foreach (Match m in Organ().Matches(compactHead))
        {
            var place = m.Groups["place"].Value;
            var organ = m.Groups["organ"].Value;
            var region = RegionOf(place, compactHead, out var placeUsed);
            if (region is not null) return (Complete(placeUsed + organ, region), region);
            // An issuer line with a place we cannot code ("x市民政局") is still the issuer, but keep looking for a coded one.
            if (firstUnplaced is null && IsIssuerLine(compactHead, m)) firstUnplaced = (m.Value, null);
        }
        return firstUnplaced ?? (null, null);
    }

    private static bool IsIssuerLine(string text, Match m)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
        var lineEnd = text.IndexOf('\n', m.Index + m.Length);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        return line.Length <= m.Length + 8 && m.Groups["place"].Length >= 2;
    }

    /// <summary>The region a place prefix names: its last region name (上海市松江区 → 松江区), full or short.</summary>
    private static Region? RegionOf(string place, string context, out string placeUsed)
    {
        placeUsed = place;
        Region? found = null;
        foreach (var (name, index) in Regions.NamesIn(place))
        {
            if (Regions.Resolve(name, context) is not { } r) continue;
            found = r;
            placeUsed = place[index..];
            // Keep the earlier, larger region's name with the later one (上海市 + 松江区).
            if (index > 0 && Regions.Ancestors(r).Any(a => place.Contains(a.Name, StringComparison.Ordinal)))
                placeUsed = place[place.IndexOf(Regions.Ancestors(r).First(a => place.Contains(a.Name, StringComparison.Ordinal)).Name, StringComparison.Ordinal)..];
        }
        if (found is not null) return found;
        // A short name right before the organ: 嘉定民政局, 浦东新区 written 浦东.
        for (var start = 0; start <= place.Length - 2; start++)
        {
            if (Regions.Resolve(place[start..], context) is { } r) { placeUsed = place[start..]; return r; }
        }
        return null;
    }

    /// <summary>嘉定区民政局 → 上海市嘉定区民政局: a district's issuer carries its parent city's name, as on its letterhead.</summary>
    private static string Complete(string issuer, Region region)
    {
        if (Regions.Parent(region) is not { } parent || parent.DocumentLevel != "municipal") return issuer;
        if (issuer.StartsWith(parent.Name, StringComparison.Ordinal) || issuer.StartsWith(parent.ShortName, StringComparison.Ordinal)) return issuer;
        var shortName = region.ShortName;
        var organ = issuer.StartsWith(region.Name, StringComparison.Ordinal) ? issuer[region.Name.Length..]
            : issuer.StartsWith(shortName, StringComparison.Ordinal) ? issuer[shortName.Length..]
            : null;
        return organ is null ? issuer : parent.Name + region.Name + organ;
    }

    /// <summary>The first place name in the text that the codes can place (杭州市, 马鞍山市, 上海 of 上海发布).</summary>
    private static Region? RegionNamedIn(string compactHead)
    {
        foreach (var (name, _) in Regions.NamesIn(compactHead))
            if (Regions.Resolve(name, compactHead) is { } r) return r;
        // Short names of provinces and cities only (上海, 杭州): short county names are too often ordinary words.
        foreach (Match m in CjkRun().Matches(compactHead))
        for (var i = 0; i + 2 <= m.Length; i++)
        for (var length = Math.Min(4, m.Length - i); length >= 2; length--)
        {
            var candidates = Regions.Named(m.Value.Substring(i, length));
            if (candidates.Count == 1 && candidates[0].Level != "county") return candidates[0];
        }
        return null;
    }

    private static DateOnly? FirstDate(string text)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            var (y, mo, d) = (int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)) return new DateOnly(y, mo, d);
        }
        return null;
    }

    private static readonly string[] TitleWords =
        ["工作要点", "工作总结", "工作计划", "工作安排", "实事", "进展", "进度", "完成情况", "规划", "方案", "通知", "报告"];

    /// <summary>The name in 《》 on the 印发 line, else the first short line naming a kind of document.</summary>
    private static string? Title(string head)
    {
        var lines = head.Split('\n').Select(l => l.Replace(" ", "").Trim()).Where(l => l.Length > 0).ToList();
        foreach (var line in lines)
            if (line.Contains("印发") && BookTitle().Match(line) is { Success: true } t) return t.Groups[1].Value;
        // "我们编制了《2014年要完成的…实事(网上征求意见稿)》，具体如下": the text names itself as the document it drew up.
        foreach (var line in lines.Take(6))
            if (DrawnUp().Match(line) is { Success: true } d && TitleWords.Any(w => d.Groups["title"].Value.Contains(w, StringComparison.Ordinal)))
                return d.Groups["title"].Value;
        // (A sentence of the body is no title: "2月14日,…作政府工作报告,回顾2022年工作、安排2023年工作。")
        return lines.Take(12).FirstOrDefault(l => l.Length <= 60 && TitleWords.Any(w => l.Contains(w, StringComparison.Ordinal)) && !IsBodySentence(l))
               // "广东省人民政府关于2012年省十件民生实事落实情况的通报 各地级以上市人民政府,…": a title run into the body.
               ?? lines.Take(3).Select(l => RunInTitle().Match(l)).FirstOrDefault(m => m.Success)?.Value;
    }

    /// <summary>The text's first line when it reads as a headline: short, and no sentence of the body.</summary>
    private static string? Headline(string head) =>
        head.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { Length: <= 60 } line && !line.Contains('。') ? line : null;

    private static bool IsBodySentence(string line) =>
        line.EndsWith('。') && line.AsSpan().IndexOfAny('，', ',') >= 0 || line.AsSpan(0, line.Length - 1).Contains('。');

    // 《…“十二五”发展纲要》: a document's title named in the text.
    [GeneratedRegex(@"《[^《》]{2,60}》")]
    private static partial Regex PlanTitle();

    // "2009十大民生实事" / "《政府工作报告》解读2017：十件实事" / "2021《市政府工作报告》半年完成情况通报": a title may name its year with no 年. "上海公布今年27项实事项目，来看2019年哪几项…": a title that says
    // 今年 and names another year looks back on that one; the text's year is read elsewhere.
    private static int? YearOf(string? title) =>
        title is null || title.Contains("今年", StringComparison.Ordinal) ? null
        : YearIn().Match(title) is { Success: true } m ? int.Parse(m.Groups[1].Value)
        : BareYear().Match(title) is { Success: true } bare ? int.Parse(bare.Groups[1].Value) : null;

    [GeneratedRegex(@"(?<![\d.\-—–/〔\[(（])(20\d{2})(?=[\p{IsCJKUnifiedIdeographs}：:·《“「])")]
    private static partial Regex BareYear();

    /// <summary>
    /// The year the text names most often (ties: the later), for texts with no title, 文号 or date. A year that ends a
    /// span ("(2013—2017年)" after each task of a progress report) or a deadline (2025年底前) names a plan's period, not the
    /// text's time.
    /// </summary>
    private static int? MostNamedYear(string text, out bool onlyBounds)
    {
        // Neither names the year of an old level (低保人数由2009年的5900人提高到7905人).
        var named = YearIn().Matches(text)
            .Where(m => !SpanEndsHere().IsMatch(text.AsSpan(Math.Max(0, m.Index - 8), Math.Min(8, m.Index)))
                        && !LevelChanges.IsYearOfOldLevel(text, m.Index)).ToList();
        // A deadline (2025年底前, 到2027年) names the plan's horizon, not the text's time, unless the text names no other year.
        // So does a year compared with (较2013年, 比2013年, 占2013年筹集的), a goal's year (力争2014年实现开工, 为2025年开好头)
        // and the year a period starts (2010年以来).
        var times = named.Where(m => !DeadlineYear().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(8, text.Length - m.Index - m.Length)))
                                     && !(m.Index > 0 && text[m.Index - 1] is '到' or '至' or '与' or '占' && !NewLevel().IsMatch(text, Math.Max(0, m.Index - 3)))
                                     && !ComparedWith(text, m.Index)
                                     && !GoalLead().IsMatch(text.AsSpan(Math.Max(0, m.Index - 2), Math.Min(2, m.Index)))
                                     && !PreparedFor().IsMatch(text, Math.Max(0, m.Index - 1))).ToList();
        // Nor is a year only compared with (城乡低保平均标准较2020年分别增长32.4%), even when it is the only one named.
        onlyBounds = times.Count == 0;
        return (times.Count > 0 ? times : named.Where(m => !ComparedWith(text, m.Index)))
            .Select(m => int.Parse(m.Groups[1].Value))
            .GroupBy(y => y)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => (int?)g.Key)
            .FirstOrDefault();
    }

    /// <summary>A year named only to compare with: 较2020年, 比2013年, 相较于2020年.</summary>
    private static bool ComparedWith(string text, int yearAt) =>
        yearAt > 0 && text[yearAt - 1] is '较' or '比' || yearAt > 1 && text[yearAt - 1] == '于' && text[yearAt - 2] is '较' or '比';

    [GeneratedRegex(@"(?<place>[\p{IsCJKUnifiedIdeographs}]{0,14}?)(?<organ>民政局|民政厅|民政办|人民政府办公室|人民政府办公厅|政府办公室|区委办公室|县委办公室|市委办公室|老龄工作委员会办公室|老龄办|残疾人联合会|残联)")]
    private static partial Regex Organ();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]+")]
    private static partial Regex CjkRun();

    [GeneratedRegex(@"(?<prefix>[\p{IsCJKUnifiedIdeographs}]{1,8})\s*[〔\[【(（]\s*(?<year>\d{4})\s*[〕\]】)）]\s*(?<seq>\d+)\s*号")]
    private static partial Regex DocumentNumber();

    // 2025年2月27日 as written, and 2025-01-08 (or 2023- 12- 25, spaced as copied) as web pages print a publication date.
    [GeneratedRegex(@"(?<y>20\d{2})\s*(?:年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|-\s?(?<m>\d{1,2})\s?-\s?(?<d>\d{1,2})(?!\d))")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"《([^《》]+)》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"^[^。，,；;]{0,30}?关于[^。，,；;]{2,50}?的(?:通报|通知|报告|公告|决定)")]
    private static partial Regex RunInTitle();

    [GeneratedRegex(@"(?:编制|制定|拟定|起草|形成)了?《(?<title>[^《》]+)》[^。]{0,8}(?:具体如下|如下|现予公布|公布如下)")]
    private static partial Regex DrawnUp();

    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex YearIn();

    // (not 2022年前11个月 / 2024年前三季度: the months of the year so far)
    [GeneratedRegex(@"^(?:底前|前(?![\d一二三四五六七八九十两]+个?[月季])|以前|年底前|以来)")]
    private static partial Regex DeadlineYear();

    /// <summary>
    /// The period a review looks back on: one its title or headline reviews ("我省“十三五”期间殡葬改革成效明显"),
    /// whatever other period the text looks to, else one its head reviews when it names no other.
    /// </summary>
    private static string? ReviewedPeriod(string? title, string head)
    {
        var headline = title ?? Headline(head);
        if (headline is not null && PeriodReviewed().Match(headline) is { Success: true } inTitle) return inTitle.Groups["period"].Value;
        var inHead = PeriodReviewed().Match(head);
        // A period named only as a base to compare with (较“十三五”末增长24%) is not one the text looks to.
        var looked = ComparedPeriod().Replace(head, "");
        return inHead.Success && FiveYearPlans.Periods.Count(p => looked.Contains(p.Period, StringComparison.Ordinal)) == 1
            ? inHead.Groups["period"].Value : null;
    }

    [GeneratedRegex(@"完成\s*[“”‘’""]?(?<period>十一五|十二五|十三五|十四五|十五五)[“”‘’""]?\s*规划")]
    private static partial Regex CompletedPeriodPlan();

    // "“十三五”期间…取得", "回望“十四五”", "“十四五”发展成就新闻发布会".
    [GeneratedRegex(@"[“""]?(?<period>十一五|十二五|十三五|十四五|十五五)[”""]?(?:期间|以来|时期)(?:(?!将|要)[^。？?]){0,40}?(?:取得|成效|成绩|完成|实现|建成|累计|答卷)|(?:回望|回眸|盘点)\s*[“""]?(?<period>十一五|十二五|十三五|十四五|十五五)|(?<period>十一五|十二五|十三五|十四五|十五五)[”""]?\s*(?:发展|民生)?(?:成就|成绩单)")]
    private static partial Regex PeriodReviewed();

    [GeneratedRegex(@"[较比]\s*[“""]?(?<period>十一五|十二五|十三五|十四五)[”""]?\s*(?:期末|末期|末)")]
    private static partial Regex ComparedPeriod();

    [GeneratedRegex(@"[较比](?<year>20\d{2})\s*年(?:同期|底|末)?(?:分别)?(?:增长|增加|提高|上升|减少|下降)")]
    private static partial Regex ComparedYear();

    [GeneratedRegex(@"(?:力争|争取|预计|计划|将于|将在|拟于)$")]
    private static partial Regex GoalLead();

    // The year a review prepares for (为2025年开好头、起好步; 为明年…奠定基础), not one that a count grew to (拓展为2013年的33项).
    [GeneratedRegex(@"\G为20\d{2}\s*年[^。，,；]{0,12}?(?:开好|起好|奠定|打下|打好|做好准备)")]
    private static partial Regex PreparedFor();

    // 提高到2012年的7905人: the year of the level a change reached, not a deadline.
    [GeneratedRegex(@"\G(?:" + LevelChanges.Verbs + @")[到至]20\d{2}\s*年[底末]?的")]
    private static partial Regex NewLevel();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]+\s*$")]
    private static partial Regex SpanEndsHere();
}
