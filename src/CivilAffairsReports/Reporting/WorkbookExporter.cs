using CivilAffairsReports.Analysis;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// data/comparison.xlsx: the comparison tables for staff who work in Excel or WPS. Text goes in as inline
/// strings, so document text that starts with "=" stays text and never becomes a formula.
/// </summary>
internal static class WorkbookExporter
{
    public const string FileName = "data/comparison.xlsx";

    public static void Write(ReportModel model, string path)
    {
        var a = model.Analysis;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        using (var document = SpreadsheetDocument.Create(temp, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            void Sheet(string name, string[] header, IEnumerable<object?[]> rows)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.AppendChild(Row(header));
                foreach (var row in rows) data.AppendChild(Row(row));
                part.Worksheet = new Worksheet(data);
                sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
            }

            Sheet("各区占比", ["指标", "区", "区级目标", "上限", "单位", "口径", "市级目标", "市级口径", "市级单位", "占比", "不可比原因", "原文依据"],
                a.Shares.Select(s => new object?[]
                {
                    s.IndicatorName, s.District, s.Value, s.ValueMax, s.Unit, Extraction.Measures.Chinese(s.Measure), s.MunicipalGoal,
                    s.MunicipalMeasure is null ? null : Extraction.Measures.Chinese(s.MunicipalMeasure), s.MunicipalUnit,
                    s.Share, s.NotComparableReason, s.Evidence,
                }));
            Sheet("市级目标承担", ["指标", "口径", "单位", "市级目标", "已知各区合计", "可比区数", "占比", "其余需承担", "尚无文件区数", "平均每区"],
                a.Coverage.Select(c => new object?[]
                {
                    c.IndicatorName, Extraction.Measures.Chinese(c.Measure), c.Unit, c.Goal, c.DistrictSum, c.ComparableDistricts,
                    c.ShareSum, c.Remaining, c.DistrictsWithoutDocument, c.RemainingPerDistrict,
                }));
            Sheet("比率对比", ["指标", "区", "区级目标(%)", "全市目标(%)", "差距(百分点)", "上年全市实际(%)", "上年", "原文依据"],
                a.Rates.Select(r => new object?[]
                {
                    r.IndicatorName, r.District, r.DistrictRate, r.MunicipalRate, r.GapPoints, r.PreviousActual, r.PreviousYear, r.Evidence,
                }));
            Sheet("本年目标与上年实绩", ["指标", "年度", "口径", "单位", "目标", "上年实绩", "上年口径", "上年单位", "目标/上年实绩"],
                a.YearOnYear.Select(y => new object?[]
                {
                    y.IndicatorName, y.Year, Extraction.Measures.Chinese(y.Measure), y.Unit, y.Target, y.PreviousActual,
                    Extraction.Measures.Chinese(y.PreviousMeasure), y.PreviousUnit, y.Ratio,
                }));
            workbook.Workbook.Save();
        }
        File.Move(temp, path, overwrite: true);
    }

    internal static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        foreach (var value in values)
            row.AppendChild(value switch
            {
                null => new Cell(),
                decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)) },
                double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
                long l => new Cell { DataType = CellValues.Number, CellValue = new CellValue((decimal)l) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
            });
        return row;
    }
}
