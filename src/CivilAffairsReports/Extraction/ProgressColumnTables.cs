using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// A progress table saved with its cells spaced apart (or barred), under a header that names a target column and a done column
/// ("序号 考核指标 单位 工作目标 已完成数 占年任务之比 备注"), one task a row: "1 城镇新增就业 万人 5.2 7.23 139.1% 人社局".
/// A row's first value is the task's target, the value right after it what was done (a result); the share done after
/// them is neither. The unit is the row's unit cell, else the counter written on the target (1300人, 2所), else the one in
/// brackets after the name (建设农村公办幼儿园(所)). The remarks after the share are left to the sentence rules.
/// </summary>
internal static partial class ProgressColumnTables
{
    public static List<ExtractedFigure> Read(string text, IndicatorCatalog catalog, int documentYear, List<TextSpan> rowsRead)
    {
        var figures = new List<ExtractedFigure>();
        // Most texts hold no such table: one search for the done column's word.
        if (text.IndexOf("完成", StringComparison.Ordinal) < 0) return figures;
        var inTable = false;
        var rightAfterHeader = false;
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var start = lineStart;
            lineStart += line.Length + 1;
            if (!inTable)
            {
                inTable = Header().IsMatch(line) && line.IndexOfAny(['，', ',', '。']) < 0;
                rightAfterHeader = inTable;
                continue;
            }
            if (RowOf(line) is not { } row)
            {
                // A header run onto a second line (任务完成率 | 备注 |) keeps the table open; any other line ends it.
                inTable = rightAfterHeader && !line.Any(char.IsAsciiDigit) && line.IndexOfAny(['，', ',', '。']) < 0;
                rightAfterHeader = false;
                continue;
            }
            rightAfterHeader = false;
            rowsRead.Add(new TextSpan(start, start + row.ReadEnd));
            var evidence = line.Trim();
            var evidenceStart = start + line.IndexOf(evidence, StringComparison.Ordinal);
            Add(row.Target, FigureKinds.Target);
            if (row.Done is { } done) Add(done, FigureKinds.Actual);

            void Add(Token cell, string kind)
            {
                var value = Value().Match(cell.Text);
                var unitWritten = row.Unit ?? (value.Groups["unit"].Success ? value.Groups["unit"].Value : row.FallbackUnit) ?? "";
                var (scale, unit) = TableCells.Counter(unitWritten);
                if (value.Groups["magnitude"].Success) scale *= value.Groups["magnitude"].Value == "万" ? 10_000m : 100_000_000m;
                var amount = decimal.Parse(value.Groups["number"].Value, CultureInfo.InvariantCulture) * scale;
                var (indicator, canonical) = TableCells.Named(catalog, row.Name, unit);
                var qualifier = value.Groups["bound"].Success ? value.Groups["bound"].Value : null;
                var measure = row.Name.Contains("改造", StringComparison.Ordinal) ? Measures.Conversion : Measures.New;
                var at = start + cell.Start;
                figures.Add(new ExtractedFigure(indicator, kind, documentYear, amount, null, canonical, unitWritten,
                    unit is "%" or "‰" ? Measures.Rate : measure, qualifier, evidence, evidenceStart, evidenceStart + evidence.Length,
                    at, at + cell.Text.Length, cell.Text));
            }
        }
        return figures;
    }

    private readonly record struct Token(string Text, int Start);

    /// <param name="Unit">the row's unit cell (万人, 元/月/人)</param>
    /// <param name="FallbackUnit">a value with no counter of its own is counted in the target's (1300人 | 700), else in the
    /// one in brackets after the name</param>
    /// <param name="ReadEnd">where the row's target, done and share cells end in the line: the remarks after it are prose</param>
    private sealed record Row(string Name, string? Unit, string? FallbackUnit, Token Target, Token? Done, int ReadEnd);

    private static Row? RowOf(string line)
    {
        var tokens = Cells().Matches(line).Select(m => new Token(m.Value, m.Index)).ToList();
        // The serial number (1, 2 …) before the row's words is not a value.
        if (tokens.Count > 1 && Serial().IsMatch(tokens[0].Text) && !Value().IsMatch(tokens[1].Text)) tokens.RemoveAt(0);
        var first = tokens.FindIndex(t => Value().IsMatch(t.Text));
        if (first < 1) return null;
        var words = tokens[..first].Select(t => t.Text).ToList();
        // Cells of sentences (建成县域普通高中…。 | 已完成。) make a table of prose, read by the sentence rules.
        if (words.Any(w => w.AsSpan().IndexOfAny("。，,；;") >= 0)) return null;
        string? unit = null;
        if (UnitCell().IsMatch(words[^1])) { unit = words[^1]; words.RemoveAt(words.Count - 1); }
        // The name is the last cell of words that is not the office responsible (民政局, 残联, 区公安分局).
        var name = words.LastOrDefault(w => !Office().IsMatch(w));
        if (name is null || name.Length < 2) return null;
        var target = Value().Match(tokens[first].Text);
        Token? done = first + 1 < tokens.Count && Value().IsMatch(tokens[first + 1].Text) ? tokens[first + 1] : null;
        var lastIndex = done is null ? first : first + 1;
        if (lastIndex + 1 < tokens.Count && Share().IsMatch(tokens[lastIndex + 1].Text)) lastIndex++;
        var fallbackUnit = target.Groups["unit"].Success ? target.Groups["unit"].Value
            : NameUnit().Match(name) is { Success: true } bracket ? bracket.Groups["unit"].Value : null;
        return new Row(name, unit, fallbackUnit, tokens[first], done, tokens[lastIndex].Start + tokens[lastIndex].Text.Length);
    }

    // 工作目标 / 目标任务 … 已完成数 / 实际完成情况 / 完成数: a target column, then a done one.
    [GeneratedRegex(@"^\s*(?:序\s*号\s+)?\S.*(?:目标|任务)\S*\s+.*(?:已完成|实际完成|完成数|完成量|累计完成)")]
    private static partial Regex Header();

    // Cells apart by spaces or bars (1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% |).
    [GeneratedRegex(@"[^\s|]+")]
    private static partial Regex Cells();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex Serial();

    // 5.2 / 1300人 / 不低于3700元 / 8万方: a value, with a bound and a counter of its own.
    [GeneratedRegex(@"^(?<bound>不低于|不少于|不超过|超过)?(?<number>\d+(?:\.\d+)?)(?<magnitude>[万亿])?(?<unit>人次|户次|平方米|公里|立方米|[人户个所张家套台座处方吨元名条辆间米亩])?$")]
    private static partial Regex Value();

    [GeneratedRegex(@"^\d+(?:\.\d+)?%$")]
    private static partial Regex Share();

    // 万人 / 公里 / 元/月/人 / 人次: a unit cell.
    [GeneratedRegex(@"^(?:万|亿)?(?:人次|户次|平方米|公里|立方米|万方|[人户个所张家套台座处方吨元名条辆间米亩])(?:/[\p{IsCJKUnifiedIdeographs}·]+)*$")]
    private static partial Regex UnitCell();

    [GeneratedRegex(@"(?:局|委|办|联|政府|街道|中心|公司|集团)$")]
    private static partial Regex Office();

    [GeneratedRegex(@"[(（](?<unit>[人户个所张家套台座处方吨元名条辆间米亩])[)）]$")]
    private static partial Regex NameUnit();
}
