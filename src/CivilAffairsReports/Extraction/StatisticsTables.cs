using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// The 民政统计季报 / 社会服务统计报表 every bureau publishes: a table written as text, "指标 | 单位 | 数量" (or its cells
/// run together, "最低生活保障人数万人7.1"), one row per statistic. Each row is a result: the statistic's name, its unit
/// and its value. Rows are numbered in levels (一、 (一) 1. (1) A、, then unnumbered); headings carry no value. Parts of a
/// total are not figures of their own: the deeper rows under a row with a value (under a 合计 row, every row deeper than
/// its heading), rows marked # (其中), and a row whose name holds the name of the row counted just before it in the same
/// unit (孤儿 725, then 集中养育孤儿 704). A row is a part only in its total's unit. Pages saved from such tables may shift labels onto the line before their cells
/// ("离婚登记* 七、社会组织 |", then "对 | 4,621 |"): the first label waiting is the row's, the others follow it.
/// </summary>
internal static partial class StatisticsTables
{
    private const int Unnumbered = 6;

    public static List<ExtractedFigure> Read(string text, IndicatorCatalog catalog, int year, List<TextSpan> rowsRead)
    {
        var figures = new List<ExtractedFigure>();
        // Most texts hold no such table: one search for its header, and the lines from the header's on.
        if (Header().Match(text) is not { Success: true } found) return figures;
        var table = TableKind.None;
        List<string> waitingLabels = [];
        (string Name, string Unit)? lastCounted = null;
        (int Level, string Unit)? partsBelow = null; // the row whose parts the deeper rows in its unit are
        string? qizhongUnit = null; // "其中:救灾支出 亿元 121.3" and the unnumbered rows in its unit after it, up to a numbered one
        var headingLevel = 0;
        // "指 标\n|\n单 位\n|\n数 量\n|": a page that put every cell on a line of its own, the pipes between them.
        if (found.Value.Contains('\n'))
        {
            foreach (var row in CellPerLineRows(text, found.Index + found.Length))
            {
                if (row.Value.Length == 0) { Heading(row.Name); continue; }
                rowsRead.Add(new TextSpan(row.Start, row.End));
                Take(row.Name, row.Unit, row.Value, row.ValueAt, row.Start, text[row.Start..row.End]);
            }
            return figures;
        }
        var lineStart = text.LastIndexOf('\n', found.Index) + 1;
        foreach (var line in text[lineStart..].Split('\n'))
        {
            var start = lineStart;
            lineStart += line.Length + 1;
            var compact = line.Replace(" ", "");
            if (table == TableKind.None)
            {
                if (Header().Match(line) is { Success: true } header)
                    (table, waitingLabels, lastCounted, partsBelow, headingLevel) = (header.Value.Contains('|') ? TableKind.Cells : TableKind.Glued, [], null, null, 0);
                continue;
            }
            if (compact.Length == 0) continue;
            // The table ends where prose (or, for a table of cells, any line without a cell) starts.
            if (table == TableKind.Cells ? !line.Contains('|') : compact.Contains('。') || compact.Contains('，'))
            {
                table = TableKind.None;
                continue;
            }
            // A glued row's line may hold two rows run together by the page ("镇143 乡35").
            foreach (var (segment, segmentAt) in table == TableKind.Cells ? [(line, 0)] : Segments(line).ToArray())
            {
                var row = table == TableKind.Cells ? CellRow(line, waitingLabels) : GluedRow(segment);
                if (row is null)
                {
                    // A row of labels only: headings, or labels whose cells follow on the next line.
                    var labels = segment.Trim().Trim('|').Split('|')[0].Trim();
                    if (labels.Length > 0 && segment.Trim().Trim('|').Split('|').Skip(1).All(c => c.Trim().Length == 0))
                    {
                        waitingLabels = [.. labels.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
                        foreach (var label in waitingLabels) Heading(label);
                    }
                    continue;
                }
                var shifted = row.Value.Name == waitingLabels.FirstOrDefault();
                var after = shifted ? waitingLabels.Skip(1).ToList() : [];
                waitingLabels = [];
                rowsRead.Add(new TextSpan(start + segmentAt, start + segmentAt + segment.Length));
                Take(row.Value.Name, row.Value.Unit, row.Value.Value, start + segmentAt + row.Value.ValueAt, start + segmentAt, segment);
                // "#养老机构 四、社会救助 城市最低生活保障 |" then "个 | 245 |": the labels after the row's own come after it.
                foreach (var label in after) Heading(label);
            }
        }
        return figures;

        void Heading(string label)
        {
            var level = Level(label);
            if (level == Unnumbered) return;
            if (partsBelow is { } open && level <= open.Level) partsBelow = null;
            qizhongUnit = null;
            headingLevel = level;
            lastCounted = null;
        }

        void Take(string name, string unitWritten, string value, int valueAt, int rowStart, string rowText)
        {
            var level = Level(name);
            if (partsBelow is { } open && level <= open.Level) partsBelow = null;
            if (level < Unnumbered) qizhongUnit = null;
            if (QizhongMark().IsMatch(name)) qizhongUnit = unitWritten;
            var label = QizhongMark().Replace(Numbering().Replace(name, ""), "").TrimStart('#').TrimEnd('*', ' ');
            // (A total counts one thing: 机构和设施总数 个 is not a total of the 困境儿童 人 under it.)
            var part = name.StartsWith('#') || qizhongUnit == unitWritten || partsBelow is { } whole && (whole.Unit == unitWritten || whole.Unit.Length == 0)
                       || lastCounted is { } counted && counted.Unit == unitWritten && label.Length > counted.Name.Length && label.Contains(counted.Name, StringComparison.Ordinal);
            if (part || label.Length == 0) return;
            // "乡镇级合计 | 个 | 1,407" under (一)行政区划: a total of the rows below it, whatever their numbers.
            partsBelow = (Total().IsMatch(label) ? headingLevel : level, unitWritten);
            if (level < Unnumbered) headingLevel = level;
            lastCounted = (label, unitWritten);

            var (scale, unit) = TableCells.Counter(unitWritten);
            var amount = decimal.Parse(value.Replace(",", "").Replace("，", ""), CultureInfo.InvariantCulture) * scale;
            var (indicator, canonical) = TableCells.Named(catalog, label, unit);
            var measure = unit == "%" ? Measures.Rate : Measures.Cumulative;
            var evidence = rowText.Trim();
            var evidenceStart = rowStart + rowText.IndexOf(evidence, StringComparison.Ordinal);
            figures.Add(new ExtractedFigure(indicator, FigureKinds.Actual, year, amount, null, canonical, unitWritten.Length == 0 ? null : unitWritten,
                measure, null, evidence, evidenceStart, evidenceStart + evidence.Length, valueAt, valueAt + value.Length, value));
        }
    }

    private enum TableKind { None, Cells, Glued }

    private readonly record struct CellRowSpan(string Name, string Unit, string Value, int ValueAt, int Start, int End);

    /// <summary>
    /// The rows of a table written a cell per line ("国家抚恤、补助各类优抚对象|", "万人|", "467.0 |"), from the line after its
    /// header on: three cells to a row (指标, 单位, 数量); a row with neither unit nor value ("1.优抚、安置|", "|", "|") is a
    /// heading. The table ends at prose or at a row that does not read.
    /// </summary>
    private static IEnumerable<CellRowSpan> CellPerLineRows(string text, int from)
    {
        var cells = new List<(string Text, int Start, int End)>();
        // A cell's line may end with its pipe ("万人|") or leave it to a line of its own: a pipe alone closes an open cell,
        // else it is an empty cell. The header's last cell is open unless its line ends with a pipe.
        var headerLineEnd = text.IndexOf('\n', from);
        var open = headerLineEnd >= 0 && text.AsSpan(from, headerLineEnd - from).IndexOfAny('|', '｜') < 0;
        for (var at = headerLineEnd; at >= 0 && at < text.Length;)
        {
            var lineStart = at + 1;
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            at = lineEnd < text.Length ? lineEnd : -1;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.IsEmpty) continue;
            var content = line.TrimEnd('|').TrimEnd('｜').Trim();
            if (content.IsEmpty && open)
            {
                open = false;
                continue;
            }
            if (content.IndexOfAny('|', '｜') >= 0 || content.Contains('。') || content.Contains('，')) yield break;
            open = content.Length == line.Length;
            var start = content.IsEmpty ? lineStart : lineStart + text.AsSpan(lineStart, lineEnd - lineStart).IndexOf(content);
            cells.Add((content.ToString(), start, start + content.Length));
            if (cells.Count < 3) continue;
            var (name, unit, value) = (cells[0], cells[1], cells[2]);
            cells.Clear();
            if (unit.Text.Length == 0 && value.Text.Length == 0)
            {
                if (name.Text.Length > 0) yield return new CellRowSpan(name.Text, "", "", 0, name.Start, name.End);
            }
            else if (Number().IsMatch(value.Text) && unit.Text.Length <= 8 && !unit.Text.Any(char.IsAsciiDigit) && name.Text.Length > 0)
                yield return new CellRowSpan(name.Text, unit.Text, value.Text, value.Start, name.Start, value.End);
            else yield break;
        }
    }

    /// <summary>The parts of a glued line: a break after a value and before a name starts a row.</summary>
    private static IEnumerable<(string Text, int At)> Segments(string line)
    {
        var at = 0;
        foreach (Match gap in RowGap().Matches(line))
        {
            yield return (line[at..gap.Index], at);
            at = gap.Index + gap.Length;
        }
        yield return (line[at..], at);
    }

    [GeneratedRegex(@"(?<=\d)\s+(?=[^\d\s])")]
    private static partial Regex RowGap();

    /// <summary>
    /// "城市低保人数 | 人 | 3,235 |", "| 孤儿 | 人 | 10,227 |", "(1)困境儿童 | 487,828 |" (no counter written), or
    /// "对 | 4,621 |" under a label waiting from the line before.
    /// </summary>
    private static (string Name, string Unit, string Value, int ValueAt)? CellRow(string line, List<string> waitingLabels)
    {
        var cells = line.Split('|').Select(c => c.Trim()).ToList();
        if (line.TrimStart().StartsWith('|')) cells.RemoveAt(0);
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        string name, unit, value;
        if (cells.Count >= 3 && IsUnit(cells[1]) && Number().IsMatch(cells[2])) (name, unit, value) = (cells[0], cells[1], cells[2]);
        else if (cells.Count == 2 && IsUnit(cells[0]) && Number().IsMatch(cells[1]) && waitingLabels.Count > 0) (name, unit, value) = (waitingLabels[0], cells[0], cells[1]);
        else if (cells.Count == 2 && !IsUnit(cells[0]) && Number().IsMatch(cells[1])) (name, unit, value) = (cells[0], "", cells[1]);
        else return null;
        // The value is the last cell that holds it: search from the end, so a name's own digits are never taken.
        return (name, unit, value, line.LastIndexOf(value, StringComparison.Ordinal));
    }

    /// <summary>"最低生活保障人数万人7.1" / "镇143" / "最低生活保障平均标准元/人·月1,245.0": name, unit and value run together.</summary>
    private static (string Name, string Unit, string Value, int ValueAt)? GluedRow(string line)
    {
        if (GluedCells().Match(line) is not { Success: true } m) return null;
        return (m.Groups["name"].Value.Trim(), m.Groups["unit"].Value, m.Groups["value"].Value, m.Groups["value"].Index);
    }

    private static bool IsUnit(string cell) => cell == "%" || UnitCell().IsMatch(cell);

    // 指标 | 单位 | 数量 / 指 标 | 单 位 | 数 量 / 指标名称单位数量.
    [GeneratedRegex(@"指\s*标(?:\s*名\s*称)?\s*\|?\s*单\s*位\s*\|?\s*(?:数\s*量|数\s*值|本\s*期|合\s*计|累\s*计)")]
    private static partial Regex Header();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,3}$")]
    private static partial Regex UnitCell();

    [GeneratedRegex(@"^\d{1,3}(?:[,，]\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")]
    private static partial Regex Number();

    // 一、 / (一) / 1. / (1) / A、: the numbering of a row, its level in the table.
    [GeneratedRegex(@"^\s*(?:(?<l1>[一二三四五六七八九十]{1,3}、)|(?<l2>[（(][一二三四五六七八九十]{1,3}[）)])|(?<l3>\d{1,2}[、.．](?!\d))|(?<l4>[（(]\d{1,2}[）)])|(?<l5>[A-Z](?:[、.．]|(?=[\p{IsCJKUnifiedIdeographs}]))))")]
    private static partial Regex Numbering();

    private static int Level(string name)
    {
        var m = Numbering().Match(name);
        if (!m.Success) return Unnumbered;
        for (var level = 1; level < Unnumbered; level++)
            if (m.Groups["l" + level].Success) return level;
        return Unnumbered;
    }

    [GeneratedRegex(@"^\s*其中\s*[:：]?\s*")]
    private static partial Regex QizhongMark();

    [GeneratedRegex(@"合计|总计|总数")]
    private static partial Regex Total();

    [GeneratedRegex(@"^\s*(?<name>[^|]*?[^\d\s|])\s*(?<unit>万人次|万户次|万人|万户|万张|万个|万元|亿元|元/人[·、/]?[月年]|[张个]/千(?:老年)?人|人次|户次|人|户|张|个|家|所|元|对|件|具|%)?\s*(?<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$")]
    private static partial Regex GluedCells();
}
