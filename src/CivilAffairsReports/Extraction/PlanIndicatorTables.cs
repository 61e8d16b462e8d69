using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// The table of main indicators a five-year or multi-year plan carries (专栏 主要指标: "指标 | 2020年 | 2025年 | 属性"),
/// one row per indicator: "3.养老机构护理型床位占比(%) | 50 | 60 | 约束性". A row is known by its last cell, the indicator's
/// kind (预期性 / 约束性); its unit is in brackets after the name. The last value is the target of the header's last year;
/// a value before it, under an earlier year of the header, is where the plan starts from (a result of that year). A header
/// of three years or more (a mid-term review's) puts a value under each year, the latest year's the goal.
/// </summary>
internal static partial class PlanIndicatorTables
{
    public static List<ExtractedFigure> Read(string text, IndicatorCatalog catalog, int documentYear, List<TextSpan> rowsRead)
    {
        var figures = new List<ExtractedFigure>();
        // Most texts hold no such table: one search for a row's last cell.
        if (text.IndexOf("预期性", StringComparison.Ordinal) < 0 && text.IndexOf("约束性", StringComparison.Ordinal) < 0) return figures;
        List<int> headerYears = [];
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var start = lineStart;
            lineStart += line.Length + 1;
            if (line.Contains('指') && HeaderYears().Matches(line.Replace(" ", "")) is { Count: > 0 } years && line.Replace(" ", "").Contains("指标"))
            {
                headerYears = [.. years.Select(y => int.Parse(y.Groups["year"].Value, CultureInfo.InvariantCulture))];
                continue;
            }
            if (Row().Match(line) is not { Success: true } row) continue;
            rowsRead.Add(new TextSpan(start, start + line.Length));
            var name = row.Groups["name"].Value.Trim();
            var unitWritten = row.Groups["unit"].Value.Trim();
            var values = row.Groups["value"].Captures;
            var evidence = line.Trim();
            var evidenceStart = start + line.IndexOf(evidence, StringComparison.Ordinal);
            // A mid-term review's table ("指标名称 2015年 2020年 2018年11月 指标属性"): a value under each year, the plan's goal
            // under the latest year, what was reached under the others; cells left empty at a row's end are missing.
            if (headerYears.Count >= 3)
            {
                var goalYear = headerYears.Max();
                for (var i = 0; i < Math.Min(values.Count, headerYears.Count); i++)
                    Add(values[i], headerYears[i] == goalYear ? FigureKinds.Target : FigureKinds.Actual, headerYears[i]);
                continue;
            }
            var targetYear = headerYears.Count > 0 ? headerYears[^1] : documentYear;
            Add(values[^1], FigureKinds.Target, targetYear);
            if (values.Count >= 2 && headerYears.Count >= 2) Add(values[^2], FigureKinds.Actual, headerYears[^2]);

            void Add(Capture cell, string kind, int year)
            {
                var value = ValueCell().Match(cell.Value);
                if (!value.Success) return;
                var amount = decimal.Parse(value.Groups["low"].Value, CultureInfo.InvariantCulture);
                decimal? amountMax = value.Groups["high"].Success ? decimal.Parse(value.Groups["high"].Value, CultureInfo.InvariantCulture) : null;
                var (scale, unit) = TableCells.Counter(unitWritten);
                (amount, amountMax) = (amount * scale, amountMax * scale);
                var (indicator, canonical) = TableCells.Named(catalog, name, unit);
                var qualifier = value.Groups["bound"].Value switch
                {
                    ">" or "＞" => "大于", "≥" or "＞＝" or ">=" => "不少于", "<" or "＜" => "小于", "≤" or "<=" => "不超过", _ => null,
                };
                var at = start + cell.Index;
                figures.Add(new ExtractedFigure(indicator, kind, year, amount, amountMax, canonical, unitWritten, unit is "%" or "‰" ? Measures.Rate : Measures.New,
                    qualifier, evidence, evidenceStart, evidenceStart + evidence.Length, at, at + cell.Length, cell.Value));
            }
        }
        return figures;
    }

    // 2025 年 / 2020年(基期) / 2025年目标值: the years a header names, one column each.
    [GeneratedRegex(@"(?<year>20\d{2})年")]
    private static partial Regex HeaderYears();

    // "1.残疾人家庭人均收入年均增长(%) >7.5 预期性" / "养老机构护理型床位占比（%） | 50 | ≥60 | 约束性"; a base not
    // measured is written — or /.
    [GeneratedRegex(@"^\s*\|?\s*(?:\d{1,2}\s*[.、．]\s*)?(?<name>[^|\d()（）]{2,40}?)\s*[(（](?<unit>[^()（）\d]{1,6})[)）]\s*(?:\|?\s*(?<value>(?:[>≥<≤＞＜]=?)?\s*\d+(?:\.\d+)?(?:\s*[~～—-]\s*\d+(?:\.\d+)?)?|[—－\-/／]{1,2})\s*)+\|?\s*(?:预期性|约束性)\s*\|?\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"(?<bound>[>≥<≤＞＜]=?)?\s*(?<low>\d+(?:\.\d+)?)(?:\s*[~～—-]\s*(?<high>\d+(?:\.\d+)?))?")]
    private static partial Regex ValueCell();
}
