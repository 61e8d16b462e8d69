using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// Numbers that are never targets, whatever words stand near them: years, dates, document numbers,
/// editions, phone numbers, labels and slogans, durations. Each rule names its reason for the review page.
/// </summary>
internal static partial class NonTargetRules
{
    public const string YearReason = "年份";
    public const string DateReason = "日期";
    public const string DocumentNumberReason = "文号";
    public const string EditionReason = "届次/序号";
    public const string PhoneReason = "电话/热线号码";
    public const string LabelReason = "标签/口号";
    public const string TitleReason = "文件名称中的数字";
    public const string DurationReason = "时长/频次";
    public const string GradeReason = "等级";

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,10}\s*[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+\s*号")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+\s*号")]
    private static partial Regex DocumentNumberCore();

    [GeneratedRegex(@"《[^《》\n]{1,80}》")]
    private static partial Regex BookTitle();

    // A title that is a task: a verb of figures, a number and its counter, and no word of a document's kind.
    [GeneratedRegex(@"^《(?![^》]*(?:规划|方案|办法|意见|通知|条例|纲要|报告|决定|规定|细则|标准|计划|要点|法|决议|公告|通报|指南|清单|目录|名单))[^》]*?(?:新增|建成|新建|完成|实施|改造|建设|提供|惠及|培训)[^》\d]{0,20}\d+(?:\.\d+)?\s*[万亿]?[\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex TaskTitle();

    [GeneratedRegex(@"\d+(?:\s*[+＋]\s*(?:\d+|[A-Za-z]))+")]
    private static partial Regex PlusLabel();

    [GeneratedRegex(@"[“""‘'「]\s*\d+\s*[”""’'」]")]
    private static partial Regex QuotedNumber();

    [GeneratedRegex(@"(?<!\d)\d{3,4}\s*[-－]\s*\d{7,8}(?!\d)")]
    private static partial Regex PhoneWithAreaCode();

    [GeneratedRegex(@"第\s*$")]
    private static partial Regex OrdinalBefore();

    private static readonly HashSet<string> DurationUnits = ["小时", "分钟", "天", "周", "岁", "年", "倍", "轮"];

    /// <summary>Spans of the text in which every number is a non-target, with the reason.</summary>
    public static IReadOnlyList<(int Start, int End, string Reason)> ProtectedSpans(string text)
    {
        var spans = new List<(int, int, string)>();
        // Every 文号 ends in its bracketed year and number, which a search finds fast; the issuer's name (at most ten
        // ideographs and spaces) is then looked for just before each, not by trying a match from every ideograph of the text.
        var lastEnd = 0;
        foreach (Match core in DocumentNumberCore().Matches(text))
        {
            var start = core.Index;
            while (start > lastEnd && char.IsWhiteSpace(text[start - 1])) start--;
            start = Math.Max(lastEnd, start - 10);
            var m = DocumentNumber().Match(text, start, core.Index + core.Length - start);
            if (!m.Success) continue;
            spans.Add((m.Index, m.Index + m.Length, DocumentNumberReason));
            lastEnd = m.Index + m.Length;
        }
        foreach (Match m in PhoneWithAreaCode().Matches(text)) spans.Add((m.Index, m.Index + m.Length, PhoneReason));
        // 《建成幼儿园3所，新增园位1000个以上》 in a list of a notice's tasks names a task by what it does: its figures are read.
        foreach (Match m in BookTitle().Matches(text))
            if (!TaskTitle().IsMatch(m.ValueSpan)) spans.Add((m.Index, m.Index + m.Length, TitleReason));
        foreach (Match m in PlusLabel().Matches(text)) spans.Add((m.Index, m.Index + m.Length, LabelReason));
        foreach (Match m in QuotedNumber().Matches(text)) spans.Add((m.Index, m.Index + m.Length, LabelReason));
        return spans;
    }

    /// <summary>The reason this quantity is not a target, or null when it may be one.</summary>
    public static string? Reason(string text, Quantity q, IReadOnlyList<(int Start, int End, string Reason)> protectedSpans)
    {
        foreach (var (start, end, reason) in protectedSpans)
            if (q.NumberStart >= start && q.NumberEnd <= end) return reason;

        var before = q.NumberStart > 0 ? text[q.NumberStart - 1] : '\n';
        var after = q.NumberEnd < text.Length ? text[q.NumberEnd] : '\n';
        if (char.IsAsciiLetter(before) || char.IsAsciiLetter(after)) return GradeOrLabel(after);

        var lookBehind = text[Math.Max(0, q.Start - 3)..q.Start];
        if (OrdinalBefore().IsMatch(lookBehind)) return EditionReason;

        if (IsYear(text, q)) return YearReason;
        if (q.Unit is "月" or "日" || FollowedBy(text, q.End, "月")) return DateReason;

        var digits = q.NumberText.Replace(".", "");
        var window = text[Math.Max(0, q.Start - 6)..Math.Min(text.Length, q.End + 6)];
        if (q.Unit is null && !q.HasMagnitude && (digits.Length >= 7 || window.Contains("热线")))
            return PhoneReason;

        if (q.Unit is not null && DurationUnits.Contains(q.Unit)) return DurationReason;
        if (q.Unit is "级" or "A") return GradeReason;
        if (q.Unit is null && !q.HasMagnitude && !q.IsChineseNumeral)
        {
            // A bare number with no counter and no magnitude ("9073" as a slogan) carries no quantity.
            return LabelReason;
        }
        return null;
    }

    private static string GradeOrLabel(char after) => after is 'A' or 'a' ? GradeReason : LabelReason;

    private static bool IsYear(string text, Quantity q)
    {
        if (q.IsChineseNumeral || q.NumberText.Contains('.') || q.NumberText.Length != 4) return false;
        var n = int.Parse(q.NumberText);
        if (n < 1900 || n > 2100) return false;
        if (q.Unit is "年" || q.ValueMax is not null) return true;
        // 2025上海国际… / 2024版 / 2024—2027: a four-digit number in that range with no counter is a year.
        return q.Unit is null && !q.HasMagnitude;
    }

    private static bool FollowedBy(string text, int index, string word)
    {
        while (index < text.Length && text[index] == ' ') index++;
        return string.CompareOrdinal(text, index, word, 0, word.Length) == 0;
    }
}
