using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// The 民政统计季报 every bureau publishes: a table written as text, "指标 | 单位 | 数量", one row per statistic
/// ("城市低保人数 | 人 | 3,235 |"). Each row is a result: the statistic's name, its unit in the unit cell and its value.
/// Headings (四、社会救助 |) carry no value. Parts of a total are not figures of their own: rows marked # (其中), the rows
/// under a numbered subtotal ((二)…床位 | 张 | 11,535 |) until the next heading, and a row whose name holds the name
/// of the row counted just before it in the same unit (孤儿 725, then 集中养育孤儿 704).
/// Pages saved from such tables may shift labels onto the line before their cells ("离婚登记* 七、社会组织 |", then
/// "对 | 4,621 |"): the first label waiting is the row's.
/// </summary>
internal static partial class StatisticsTables
{
    public static List<ExtractedFigure> Read(string text, IndicatorCatalog catalog, int year, List<TextSpan> rowsRead)
    {
        var figures = new List<ExtractedFigure>();
        var inTable = false;
        List<string> waitingLabels = [];
        (string Name, string Unit)? lastCounted = null;
        var underSubtotal = false;
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var start = lineStart;
            lineStart += line.Length + 1;
            if (!line.Contains('|')) { if (inTable && line.Trim().Length > 0) inTable = false; continue; }
            var compact = line.Replace(" ", "");
            if (!inTable)
            {
                inTable = Header().IsMatch(compact);
                continue;
            }
            var cells = line.Split('|').Select(c => c.Trim()).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            if (cells.Count == 0) continue;

            string? name, unit, value;
            if (cells.Count >= 3 && IsUnit(cells[1]) && Number().IsMatch(cells[2])) (name, unit, value) = (cells[0], cells[1], cells[2]);
            else if (cells.Count == 2 && IsUnit(cells[0]) && Number().IsMatch(cells[1]) && waitingLabels.Count > 0)
                (name, unit, value) = (waitingLabels[0], cells[0], cells[1]);
            else
            {
                // A row of labels only: headings, or labels whose cells follow on the next line.
                if (cells.Count == 1)
                {
                    waitingLabels = [.. cells[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
                    if (waitingLabels.Any(l => Heading().IsMatch(l))) (underSubtotal, lastCounted) = (false, null);
                }
                continue;
            }
            waitingLabels = [];
            var label = Heading().Replace(name, "").TrimEnd('*', ' ');
            var valueAt = start + line.IndexOf(value, line.IndexOf(unit, StringComparison.Ordinal) + unit.Length, StringComparison.Ordinal);
            rowsRead.Add(new TextSpan(start, start + line.Length));
            var numbered = Heading().IsMatch(name);
            var part = name.StartsWith('#') || underSubtotal && !numbered
                       || lastCounted is { } counted && counted.Unit == unit && label.Length > counted.Name.Length && label.Contains(counted.Name, StringComparison.Ordinal);
            if (numbered) underSubtotal = Subtotal().IsMatch(name);
            if (part || label.Length == 0) continue;
            lastCounted = (label, unit);

            var amount = decimal.Parse(value.Replace(",", "").Replace("，", ""), CultureInfo.InvariantCulture);
            var hit = catalog.FindAliases(label).LastOrDefault(a => a.Indicator.CanonicalUnit(unit) is not null);
            // "流浪乞讨人员救助 | 人次": the name's last word and the unit compose a catalog name (救助人次).
            var composed = hit.Indicator is null ? Enumerable.Range(2, Math.Max(0, Math.Min(4, label.Length) - 1)).Reverse()
                .Select(k => catalog.FindByAlias(label.AsSpan(label.Length - k), unit)).FirstOrDefault(i => i?.CanonicalUnit(unit) is not null) : null;
            var indicator = hit.Indicator ?? composed ?? Indicator.Uncatalogued(label);
            var canonical = indicator.CanonicalUnit(unit) ?? ReportingRules.CanonicalUnit(unit);
            var evidence = line.Trim();
            var evidenceStart = start + line.IndexOf(evidence, StringComparison.Ordinal);
            figures.Add(new ExtractedFigure(indicator, FigureKinds.Actual, year, amount, null, canonical, unit,
                unit == "%" ? Measures.Rate : Measures.Cumulative, null, evidence, evidenceStart, evidenceStart + evidence.Length,
                valueAt, valueAt + value.Length, value));
        }
        return figures;
    }

    private static bool IsUnit(string cell) => cell == "%" || UnitCell().IsMatch(cell);

    [GeneratedRegex(@"指标\|单位\|(?:数量|数值|本期|合计|累计)")]
    private static partial Regex Header();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,3}$")]
    private static partial Regex UnitCell();

    [GeneratedRegex(@"^\d{1,3}(?:[,，]\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")]
    private static partial Regex Number();

    // 一、民政机构 / (一)提供住宿的民政机构 / 1、: a numbered heading.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}、)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex Subtotal();
}
