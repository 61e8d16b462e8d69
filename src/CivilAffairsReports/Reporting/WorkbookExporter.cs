using System.Text;
using CivilAffairsReports.Analysis;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// data/comparison.xlsx: the comparison tables for staff who work in Excel or WPS, written by MiniExcel. Text is
/// written as strings, never formulas, so document text that starts with "=" stays text; control characters a
/// document may carry (ESC) are shown as visible symbols, since XML cannot hold them. Each sheet has a frozen header,
/// filters, column widths and number formats.
/// </summary>
internal static class WorkbookExporter
{
    public const string FileName = "data/comparison.xlsx";

    private sealed record Column(string Name, double Width, string? Format = null);

    // Counts keep their decimals without a trailing point ("#,##0.##" shows 400 as "400." in Excel).
    private const string Count = "General";
    private const string Ratio = "0.0%";
    private const string Points = "0.0";

    public static void Write(ReportModel model, string path)
    {
        var a = model.Analysis;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sheets = new Dictionary<string, object>();
        var columns = new List<DynamicExcelColumn>();
        void Sheet(string name, Column[] header, IEnumerable<object?[]> rows)
        {
            sheets[name] = rows.Select(r => header.Select((c, i) => (c.Name, Value: Cell(r[i]))).ToDictionary(p => p.Name, p => p.Value)).ToList()
                is { Count: > 0 } list ? list : [header.ToDictionary(c => c.Name, _ => (object?)null)];
            foreach (var c in header.Where(c => columns.All(d => d.Key != c.Name)))
                columns.Add(new DynamicExcelColumn(c.Name) { Width = c.Width, Format = c.Format });
        }

        Sheet("各区占比",
            [new("指标", 28), new("区", 10), new("区级目标", 12, Count), new("上限", 10, Count), new("单位", 8), new("口径", 10), new("市级目标", 12, Count),
             new("市级口径", 10), new("市级单位", 10), new("占比", 10, Ratio), new("不可比原因", 36), new("原文依据", 60)],
            a.Shares.Select(s => new object?[]
            {
                s.IndicatorName, s.District, s.Value, s.ValueMax, s.Unit, Extraction.Measures.Chinese(s.Measure), s.MunicipalGoal,
                s.MunicipalMeasure is null ? null : Extraction.Measures.Chinese(s.MunicipalMeasure), s.MunicipalUnit,
                s.Share, s.NotComparableReason, s.Evidence,
            }));
        Sheet("市级目标承担",
            [new("指标", 28), new("口径", 10), new("单位", 8), new("市级目标", 12, Count), new("已知各区合计", 14, Count), new("可比区数", 10),
             new("占比", 10, Ratio), new("其余需承担", 12, Count), new("尚无文件区数", 14), new("平均每区", 12, Count)],
            a.Coverage.Select(c => new object?[]
            {
                c.IndicatorName, Extraction.Measures.Chinese(c.Measure), c.Unit, c.Goal, c.DistrictSum, c.ComparableDistricts,
                c.ShareSum, c.Remaining, c.DistrictsWithoutDocument, c.RemainingPerDistrict,
            }));
        Sheet("比率对比",
            [new("指标", 28), new("区", 10), new("区级目标(%)", 12, Points), new("全市目标(%)", 12, Points), new("差距(百分点)", 14, Points),
             new("上年全市实际(%)", 16, Points), new("上年", 8), new("原文依据", 60)],
            a.Rates.Select(r => new object?[]
            {
                r.IndicatorName, r.District, r.DistrictRate, r.MunicipalRate, r.GapPoints, r.PreviousActual, r.PreviousYear, r.Evidence,
            }));
        Sheet("本年目标与上年实绩",
            [new("指标", 28), new("年度", 8), new("口径", 10), new("单位", 8), new("目标", 12, Count), new("上年实绩", 12, Count),
             new("上年口径", 10), new("上年单位", 10), new("目标/上年实绩", 14, "0.00")],
            a.YearOnYear.Select(y => new object?[]
            {
                y.IndicatorName, y.Year, Extraction.Measures.Chinese(y.Measure), y.Unit, y.Target, y.PreviousActual,
                Extraction.Measures.Chinese(y.PreviousMeasure), y.PreviousUnit, y.Ratio,
            }));

        var configuration = new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, DynamicColumns = columns.ToArray() };
        var temp = path + ".tmp";
        MiniExcel.SaveAs(temp, sheets, excelType: ExcelType.XLSX, configuration: configuration, overwriteFile: true);
        File.Move(temp, path, overwrite: true);
    }

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string s => Inert(s),
        decimal or double or int or long => value,
        _ => Inert(value.ToString() ?? ""),
    };

    /// <summary>
    /// Text safe for a workbook: characters XML 1.0 cannot hold (ESC and other controls, lone surrogates) become the
    /// visible control pictures (␛), so a document carrying them still exports instead of crashing the run.
    /// </summary>
    public static string Inert(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)
                     || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                     || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (ok) { clean?.Append(c); continue; }
            clean ??= new StringBuilder(text, 0, i, text.Length);
            clean.Append(c < 0x20 ? (char)(0x2400 + c) : '\uFFFD');
        }
        return clean?.ToString() ?? text;
    }
}
