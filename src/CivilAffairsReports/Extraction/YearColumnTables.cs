using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// A table of indicators by year, as a five-year plan reviews the last period or a bulletin sums up ("序号 | 主要项目和指标 |
/// 2005年 | 2010年 | 年均增长(%)"), saved a cell per line with the pipes on lines of their own (or a cell a line and no
/// pipes: then a row is its name and a value for each year, the unit written after the value). Rows are found by their
/// 序号 (1, 2, 3 …); each value under a year's column is a figure of that year (a result up to the text's year, a goal
/// after it); growth columns are not figures. The unit is in brackets after the name ("社会组织数(万个)"); a cell holding a
/// total and its 其中 parts gives the total only, one holding a row per place (城市 / 农村) gives each; a value in square
/// brackets under a merged pair of years is the period's sum, of its last year that has passed.
/// </summary>
internal static partial class YearColumnTables
{
    public static List<ExtractedFigure> Read(string text, IndicatorCatalog catalog, int documentYear, List<TextSpan> rowsRead)
    {
        var figures = new List<ExtractedFigure>();
        // Most texts hold no such table: one search for its header's name alone in a cell (指 标 / 主要项目和指标) first.
        if (!text.Contains('指') || !HeaderCell().IsMatch(text)) return figures;
        if (!text.Contains("\n|\n", StringComparison.Ordinal))
        {
            ReadLineCells();
            return figures;
        }
        var cells = Cells(text);
        for (var i = 0; i < cells.Count; i++)
        {
            if (!HeaderName().IsMatch(cells[i].Text.Replace(" ", ""))) continue;
            // The header: the name column, then year columns (2015年 目标值) and others (年均增长(%)), up to the first row's 序号.
            var start = i > 0 && cells[i - 1].Text.EndsWith("序号", StringComparison.Ordinal) ? i - 1 : i;
            var years = new List<(int Column, int Year)>();
            var end = i + 1;
            for (; end < cells.Count && end - start <= 8 && cells[end].Text != "1"; end++)
                if (YearColumn().Match(cells[end].Text) is { Success: true } y) years.Add((end - start, int.Parse(y.Groups["year"].Value)));
            if (years.Count < 2 || end >= cells.Count || start == i) continue;
            var nameColumn = i - start;
            // Rows: from each 序号 to the next.
            var serial = 1;
            var rowStart = end;
            while (rowStart < cells.Count && cells[rowStart].Text == serial.ToString(CultureInfo.InvariantCulture))
            {
                var next = rowStart + 1;
                while (next < cells.Count && cells[next].Text != (serial + 1).ToString(CultureInfo.InvariantCulture) && !cells[next].Text.Contains('。')
                       && !HeaderName().IsMatch(cells[next].Text)) next++;
                ReadRow(cells.GetRange(rowStart, next - rowStart), nameColumn, years);
                rowStart = next;
                serial++;
            }
            i = rowStart - 1;
        }
        return figures;

        // "指 标 名 称\n\n2005年\n\n2010年\n\n1.社会养老保险参保人数\n\n131.5万人\n\n236万人": a cell a line and no pipes; each row
        // its name and a value for each year, the unit written after the value.
        void ReadLineCells()
        {
            var lines = LineCells(text);
            for (var i = 0; i < lines.Count; i++)
            {
                if (!HeaderName().IsMatch(lines[i].Text.Replace(" ", ""))) continue;
                var years = new List<(int Column, int Year)>();
                for (var k = i + 1; k < lines.Count && YearColumn().Match(lines[k].Text.Replace(" ", "")) is { Success: true } y; k++)
                    years.Add((k - i, int.Parse(y.Groups["year"].Value)));
                if (years.Count < 2) continue;
                var at = i + 1 + years.Count;
                while (at + years.Count < lines.Count && IsLabel(ListNumber().Replace(lines[at].Text, "")) && !lines[at].Text.Contains('。')
                       && lines.Skip(at + 1).Take(years.Count).All(c => CellValue().IsMatch(c.Text)))
                {
                    var row = lines.GetRange(at, 1 + years.Count);
                    var name = ListNumber().Replace(row[0].Text, "");
                    rowsRead.Add(new TextSpan(row[0].Start, row[^1].End));
                    foreach (var (column, year) in years)
                    {
                        var cell = row[column];
                        var value = CellValue().Match(cell.Text);
                        if (!value.Groups["value"].Success) continue;
                        var named = NameAndUnit().Match(name);
                        Add(named.Success ? named.Groups["name"].Value.Trim() : name, named.Success ? named.Groups["unit"].Value.Trim() : value.Groups["unit"].Value,
                            Value().Match(cell.Text), year, cell, row);
                    }
                    at += 1 + years.Count;
                }
                i = at - 1;
            }
        }

        void ReadRow(List<Cell> row, int nameColumn, List<(int Column, int Year)> years)
        {
            if (row.Count <= nameColumn + 1) return;
            rowsRead.Add(new TextSpan(row[0].Start, row[^1].End));
            // "最低生活保障人数(万人) | 城市 | 2234.2 | 2310.5 | 0.67 | | 农村 | 825.0 | …": a row divided by place (or, under
            // "婚姻", by what it counts), each part a label and then its values, in the header's columns.
            if (IsLabel(row[nameColumn + 1].Text))
            {
                for (var at = nameColumn + 1; at < row.Count; at++)
                    if (IsLabel(row[at].Text))
                        ReadValues(row, at - nameColumn, NameAndUnit().IsMatch(row[nameColumn].Text) ? row[nameColumn].Text : row[at].Text, years);
                return;
            }
            ReadValues(row, 0, row[nameColumn].Text, years);

            void ReadValues(List<Cell> cells, int shift, string nameCell, List<(int Column, int Year)> columns)
            {
                if (NameAndUnit().Match(nameCell) is not { Success: true } named) return;
                var name = named.Groups["name"].Value.Replace(" ", "").Trim();
                var unitWritten = named.Groups["unit"].Value.Trim();
                var partsOnly = nameCell.Contains("其中", StringComparison.Ordinal);
                foreach (var (column, year) in columns)
                {
                    if (column + shift >= cells.Count) continue;
                    var cell = cells[column + shift];
                    var values = Value().Matches(cell.Text);
                    if (values.Count == 0) continue;
                    var figureYear = year;
                    // "[4.5 ]" under 2005 with 2010's cell empty: the five years' sum, of the period's last year (not a goal's).
                    if (cell.Text.StartsWith('[') && columns.LastOrDefault(c => c.Year > year && c.Year <= documentYear) is { Year: > 0 } last
                        && (last.Column + shift >= cells.Count || cells[last.Column + shift].Text.Length == 0))
                        figureYear = last.Year;
                    foreach (Match value in partsOnly ? values.Take(1) : values)
                        Add(name, unitWritten, value, figureYear, cell, cells);
                }
            }
        }

        void Add(string name, string unitWritten, Match value, int year, Cell cell, List<Cell> row)
        {
            var (scale, unit) = TableCells.Counter(unitWritten);
            var amount = decimal.Parse(value.Value, CultureInfo.InvariantCulture) * scale;
            var (indicator, canonical) = TableCells.Named(catalog, name, unit);
            var at = cell.Start + value.Index;
            figures.Add(new ExtractedFigure(indicator, year <= documentYear ? FigureKinds.Actual : FigureKinds.Target, year, amount, null,
                canonical, unitWritten, unit is "%" or "‰" ? Measures.Rate : Measures.Cumulative, null,
                text[row[0].Start..row[^1].End], row[0].Start, row[^1].End, at, at + value.Length, value.Value));
        }
    }

    private readonly record struct Cell(string Text, int Start, int End);

    /// <summary>The text's lines that hold words, each a cell, trimmed.</summary>
    private static List<Cell> LineCells(string text)
    {
        var cells = new List<Cell>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var raw = text.AsSpan(start, end - start);
            var trimmed = raw.Trim();
            if (!trimmed.IsEmpty)
            {
                var at = start + raw.IndexOf(trimmed);
                var line = trimmed.ToString();
                // Lines run together by the page ("6.文化活动设施建设普及率 60%", "55% 85%"): the values after a space are cells too.
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 1 && parts.Skip(1).All(p => CellValue().IsMatch(p)))
                {
                    var from = 0;
                    foreach (var part in parts)
                    {
                        var offset = line.IndexOf(part, from, StringComparison.Ordinal);
                        cells.Add(new Cell(part, at + offset, at + offset + part.Length));
                        from = offset + part.Length;
                    }
                }
                else cells.Add(new Cell(line, at, at + trimmed.Length));
            }
            start = end + 1;
        }
        return cells;
    }

    // A value cell: "131.5万人", "100%", "—", "> 90".
    [GeneratedRegex(@"^(?:[—－\-/／]{1,2}|[>≥<≤＞＜]?\s*(?<value>\d+(?:\.\d+)?)\s*(?<unit>万?[\p{IsCJKUnifiedIdeographs}]{0,3}|%|‰)?)$")]
    private static partial Regex CellValue();

    // "1." / "2、" before a row's name.
    [GeneratedRegex(@"^\s*\d{1,2}\s*[.、．]\s*")]
    private static partial Regex ListNumber();

    /// <summary>A cell of words only (城市, 农村, 结婚登记(万对)), not a value nor a dash.</summary>
    private static bool IsLabel(string cell) => cell.Length > 0 && !cell.Any(char.IsAsciiDigit) && cell.Any(c => c >= '\u4e00' && c <= '\u9fff');

    /// <summary>The text's cells between pipes, each trimmed (its offsets those of its words).</summary>
    private static List<Cell> Cells(string text)
    {
        var cells = new List<Cell>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('|' or '｜')) continue;
            var raw = text.AsSpan(start, i - start);
            var trimmed = raw.Trim();
            var at = trimmed.IsEmpty ? start : start + raw.IndexOf(trimmed);
            cells.Add(new Cell(trimmed.ToString(), at, at + trimmed.Length));
            start = i + 1;
        }
        return cells;
    }

    [GeneratedRegex(@"^(?:主要)?(?:项目和指标|指标名称|指\s*标|主要指标|项目)$")]
    private static partial Regex HeaderName();

    [GeneratedRegex(@"(?m)^[ \t|]*(?:主要)?(?:项目和指标|指\s*标(?:\s*名\s*称)?|主要指标|项目)[ \t|]*$")]
    private static partial Regex HeaderCell();

    // 2005年 / 2015年 目标值 / 2010年(基期).
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})\s*年(?:\s*[(（]?(?:目标值?|基期|预期)[)）]?)?$")]
    private static partial Regex YearColumn();

    // "社会组织数(万个)" / "最低生活保障人数(万人) 城市 农村" / "收养性社会服务机构床位数(万张) 其中:养老机构床位数(万张)".
    [GeneratedRegex(@"^(?<name>[^\d()（）|]{2,40}?)\s*[(（](?<unit>[^()（）\d]{1,8})[)）]")]
    private static partial Regex NameAndUnit();

    [GeneratedRegex(@"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")]
    private static partial Regex Value();
}
