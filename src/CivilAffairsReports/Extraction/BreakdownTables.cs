using System.Globalization;
using System.Text.RegularExpressions;
using CivilAffairsReports.Documents;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// A district's target as the city issued it: one cell of a 任务指标分解表 (one row per district, one column per
/// indicator). Issuer is the document's (the city), district the row's. Offsets are into the decoded text (the cell).
/// </summary>
internal sealed record BreakdownTarget(
    string Document,
    string Issuer,
    string District,
    string DistrictCode,
    Indicator Indicator,
    int Year,
    decimal Value,
    string Unit,
    string Measure,
    string Evidence,
    int Start,
    int End,
    int? Page);

/// <summary>
/// Turns the breakdown tables the documents stage read into district targets: header cells are matched to catalog
/// indicators by alias, the unit comes from the header's bracket ("新增养老床位（张）"), the district column is the one
/// whose cells name districts. Comparing these with each district's own plan is analysis, not done here.
/// </summary>
internal static partial class BreakdownTables
{
    public static IReadOnlyList<BreakdownTarget> Read(SourceDocument document, IndicatorCatalog catalog)
    {
        var year = document.Metadata.Year ?? document.Metadata.IssueDate?.Year;
        if (year is null) return [];
        var targets = new List<BreakdownTarget>();
        foreach (var table in document.TablesOrEmpty)
        {
            var districtColumn = DistrictColumn(table);
            if (districtColumn < 0) continue;
            var headerIndex = Enumerable.Range(0, Math.Min(3, table.Rows.Count))
                .FirstOrDefault(i => table.Rows[i].Any(c => catalog.FindAliases(c.Text).Count > 0), -1);
            if (headerIndex < 0) continue;
            var header = table.Rows[headerIndex];
            var columns = header.Select((cell, column) => (column, cell, indicator: catalog.FindAliases(cell.Text).Select(h => h.Indicator).FirstOrDefault()))
                .Where(c => c.column != districtColumn && c.indicator is not null).ToList();

            foreach (var row in table.Rows.Skip(headerIndex + 1))
            {
                if (districtColumn >= row.Count || ShanghaiDistricts.Find(row[districtColumn].Text.Replace(" ", "")) is not { } district) continue;
                foreach (var (column, headerCell, indicator) in columns)
                {
                    if (column >= row.Count || !TryValue(row[column].Text, out var value)) continue;
                    var written = UnitInHeader().Match(headerCell.Text) is { Success: true } m ? m.Groups[1].Value : null;
                    var unit = indicator!.IsRate && (written == "%" || headerCell.Text.Contains('率')) ? "%" : indicator.CanonicalUnit(written);
                    if (unit is null) continue; // the header counts something this indicator is not counted in
                    var measure = unit == "%" ? Measures.Rate
                        : headerCell.Text.Contains("累计") ? Measures.Cumulative
                        : headerCell.Text.Contains("改造") || headerCell.Text.Contains("改建") ? Measures.Conversion
                        : headerCell.Text.Contains("覆盖") ? Measures.Coverage
                        : Measures.New;
                    var cell = row[column];
                    targets.Add(new BreakdownTarget(document.FileName, document.Metadata.Issuer, district.Name, district.Code, indicator, year.Value,
                        value, unit, measure, $"{table.Caption}：{district.Name} {headerCell.Text} {cell.Text}", cell.Start, cell.End, table.Page));
                }
            }
        }
        return targets;
    }

    /// <summary>The column in which most rows name a district (浦东新区, 青浦区, 青浦), or -1.</summary>
    private static int DistrictColumn(DocumentTable table)
    {
        var width = table.Rows.Max(r => r.Count);
        var best = Enumerable.Range(0, width)
            .Select(c => (column: c, count: table.Rows.Count(r => c < r.Count && ShanghaiDistricts.Find(r[c].Text.Replace(" ", "")) is not null)))
            .MaxBy(x => x.count);
        return best.count >= 2 ? best.column : -1;
    }

    private static bool TryValue(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", "").Replace("，", "").Replace(" ", "").TrimEnd('%', '％'),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"[（(]\s*([^（()）]{1,3})\s*[）)]\s*$")]
    private static partial Regex UnitInHeader();
}
