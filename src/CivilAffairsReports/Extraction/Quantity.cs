using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>A number as written, with what surrounds it: 不少于 100 名, 10.72 万户, 1-2家, 90% 以上.</summary>
internal sealed record Quantity(
    int Start,          // first character of the whole quantity (qualifier prefix included)
    int End,            // one past its last character (unit and suffix included)
    int NumberStart,
    int NumberEnd,
    string NumberText,
    decimal Value,
    decimal? ValueMax,
    string? Unit,       // the counter as written: 家, 张, 名, 户, %; null when none follows
    string? Qualifier,  // 以上, 不少于, 余, 约, 超, …
    bool IsChineseNumeral,
    bool HasMagnitude,
    bool PerPersonOrPeriod = false) // 1820元/人/月, 588元·月: money per person or period, written as part of the unit
{
    public string Text(string source) => source[Start..End];
}

internal static partial class QuantityScanner
{
    // Longest units first so that 人次 wins over 人 and 平方米 over 米.
    private const string Units =
        "人次|户次|场次|台次|平方米|平米|立方米|公里|千米|公顷|公斤|千克|小时|课时|分钟|亿元|万元|方面|部门|%|‰|张|名|户|家|个|人|所|处|座|项|件|台|具|亩|冢|元|次|例|单|对|条|支|场|批|届|岁|年|月|日|天|米|类|种|级|号|期|倍|轮|周|部|块|套|栋|幢|辆|客|间|吨|份|床|顶|盏|册|位|口|组|卷|箱|幅|笔|起|只|片|A";

    [GeneratedRegex(
        @"(?<prefix>不少于|不低于|不超过|至少|超过|约|近|超)?\s*" +
        @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)" +
        @"(?:\s*(?<sep>[-－—–~～至到])\s*(?<num2>\d+(?:\.\d+)?))?" +
        @"(?:\s*(?<approx>余|多)(?=\s*[万亿]))?" + // 1400余万条
        // 8千套 / 5千万元 / 3千余万元: 千 multiplies too (not 千米, 千克, 千公顷, nor 8千万人, which reads 8000万).
        @"(?<mag>\s*[万亿](?!元)|千(?=(?:余|多)?万元)|千(?![米克瓦伏卡公万亿]))?" +
        @"(?:\s*(?<approx>余|多))?" +
        @"(?:\s*(?<unit>" + Units + @"))?" +
        @"(?<times>(?<=[人户])[(（]次[)）])?" + // 1.2万人(次): people counted each time, 人次
        @"(?:(?<=元)(?<per>(?:\s*[/／]\s*(?:人次|人|户|月|年|天|日|床)(?:·[月年])?)+|·[月年]))?" + // 1820元/人/月: money per person and period
        @"\s*(?<suffix>以上|左右|以内)?")]
    private static partial Regex ArabicQuantity();

    [GeneratedRegex(
        @"(?<prefix>不少于|不低于|至少|约|近|超)?" +
        @"(?<num>[零〇一二两三四五六七八九十百千]+)" +
        @"(?<mag>[万亿])?" +
        @"(?<approx>余|多)?" +
        @"(?<unit>张|名|户|家|个|所|处|座|项|件|台|具|对)" +
        @"(?<suffix>以上|左右)?")]
    private static partial Regex ChineseQuantity();

    // 百分之九十 / 百分之 85: a percentage written out.
    [GeneratedRegex(@"百分之\s*(?<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)(?<suffix>以上|左右)?")]
    private static partial Regex WrittenPercentage();

    public static IReadOnlyList<Quantity> Scan(string text)
    {
        var found = new List<Quantity>(text.Length / 32 + 8); // about one number in 30 characters: sized once
        foreach (Match m in WrittenPercentage().Matches(text))
        {
            var n = m.Groups["num"].Value;
            decimal? value = char.IsDigit(n[0]) ? (RefusedNumbers.TryParse(n, out var v) ? v : null) : ChineseNumerals.Parse(n);
            if (value is null) continue;
            var prefix = text[Math.Max(0, m.Index - 3)..m.Index];
            var qualifier = new[] { "不少于", "不低于", "超过", "达到" }.FirstOrDefault(prefix.EndsWith) is { } q && q != "达到" ? q : null;
            if (m.Groups["suffix"].Success) qualifier = qualifier is null ? m.Groups["suffix"].Value : qualifier + "," + m.Groups["suffix"].Value;
            found.Add(new Quantity(m.Index, m.Index + m.Length, m.Groups["num"].Index, m.Groups["num"].Index + n.Length, n,
                value.Value, null, "%", qualifier, !char.IsAsciiDigit(n[0]), false));
        }

        // Only a written percentage (百分之 85) can hold an Arabic number: the Arabic matches never overlap one another.
        var written = found.Count;
        foreach (Match m in ArabicQuantity().Matches(text))
        {
            var numberGroup = m.Groups["num"];
            if (InsideWritten(found, written, numberGroup.Index)) continue;
            // A digit glued to a preceding digit or Latin letter (G60, 3A) belongs to a label; the rules decide.
            // Digits of any script are read (٣٠, ३०); numbers too large to be a figure are refused (RefusedNumbers).
            if (!RefusedNumbers.TryParse(numberGroup.Value, out var value)) continue;
            decimal? max = null;
            if (m.Groups["num2"].Success)
            {
                if (!RefusedNumbers.TryParse(m.Groups["num2"].Value, out var upper)) continue;
                max = upper;
            }
            found.Add(Build(m, numberGroup, value, max, isChinese: false));
        }

        foreach (Match m in ChineseQuantity().Matches(text))
        {
            var parsed = ChineseNumerals.Parse(m.Groups["num"].Value);
            if (parsed is null) continue;
            // 百户调查, 千家万户, 百个中心 in a headline: a bare 十 / 百 / 千 is an idiom or a round figure of speech, not a count.
            if (m.Groups["num"].Length == 1 && "十百千".Contains(m.Groups["num"].Value[0])) continue;
            if (found.Any(q => q.Start < m.Index + m.Length && m.Index < q.End)) continue;
            if (IsArticle(text, m)) continue;
            found.Add(Build(m, m.Groups["num"], parsed.Value, null, isChinese: true));
        }

        // Negative and out-of-range numbers are never figures: "-5家" is refused, not read as +5.
        var refused = RefusedNumbers.Find(text);
        if (refused.Count > 0)
        {
            var refusedStarts = refused.Select(r => r.DigitsStart).ToHashSet();
            found.RemoveAll(q => refusedStarts.Contains(q.NumberStart));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // 一 before a counter is often the article "a", not a count of one: 一个个承诺 and 一张张卡片 (the counter doubled),
    // 每一户 (each), 一户一表 and 一对一 (one per one), 是一个 / 作为一座 / 度过一个 (describing, not counting).
    [GeneratedRegex(@"(?:每|是|作为|成为|度过|过了|过上|像|如同)$")]
    private static partial Regex DescribingBeforeOne();

    private static bool IsArticle(string text, Match m)
    {
        if (m.Groups["num"].Value != "一" || m.Groups["prefix"].Success || m.Groups["suffix"].Success) return false;
        var unit = m.Groups["unit"];
        var after = unit.Index + unit.Length;
        if (after < text.Length && (text[after] == unit.Value[0] || text[after] == '一')) return true;
        return DescribingBeforeOne().IsMatch(text.AsSpan(Math.Max(0, m.Index - 2), Math.Min(2, m.Index)));
    }

    private static bool InsideWritten(List<Quantity> found, int written, int position)
    {
        for (var i = 0; i < written; i++)
            if (found[i].NumberStart <= position && position < found[i].End) return true;
        return false;
    }

    private static Quantity Build(Match m, Group numberGroup, decimal value, decimal? max, bool isChinese)
    {
        var magnitudeText = m.Groups["mag"].Value.Trim();
        var multiplier = magnitudeText switch { "万" => 10_000m, "亿" => 100_000_000m, "千" => 1_000m, _ => 1m };
        var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value + (m.Groups["times"].Success ? "次" : "") : null;
        // "86万余元": money stays in the unit written (万元 / 亿元), the 余 between them notwithstanding.
        if (unit == "元" && magnitudeText is "万" or "亿" && m.Groups["approx"].Success)
            (unit, multiplier) = (magnitudeText + "元", 1m);
        // "3 万户" counts households; "50 万" with no counter counts whatever follows (老年人): the catalog decides.
        string? qualifier = null;
        if (m.Groups["prefix"].Success) qualifier = m.Groups["prefix"].Value;
        if (m.Groups["approx"].Success) qualifier = Join(qualifier, m.Groups["approx"].Value);
        if (m.Groups["suffix"].Success) qualifier = Join(qualifier, m.Groups["suffix"].Value);

        // Trim the trailing whitespace the optional groups may have swallowed.
        var start = m.Groups["prefix"].Success ? m.Groups["prefix"].Index : numberGroup.Index;
        var end = m.Index + m.Length;
        while (end > start && char.IsWhiteSpace(m.Value[end - 1 - m.Index])) end--;

        return new Quantity(
            start, end, numberGroup.Index, numberGroup.Index + numberGroup.Length, numberGroup.Value,
            value * multiplier, max * multiplier, unit, qualifier, isChinese, multiplier != 1m, m.Groups["per"].Success);
    }

    private static string Join(string? a, string b) => a is null ? b : a + "," + b;
}
