using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CivilAffairsReports.Tests.Support;

/// <summary>
/// Writes an xlsx the way Excel and WPS save one, with another library than the product's: shared strings, numbers
/// as numbers, empty cells left out entirely, optional extra sheets before the data, formulas with cached values.
/// </summary>
internal static class ExcelLikeWorkbook
{
    /// <summary>A cell: text, a number (double/decimal/int), a formula ("=…" with a cached value), or null (omitted).</summary>
    internal sealed record Formula(string Expression, double Cached);

    public static void Write(string path, IReadOnlyList<IReadOnlyList<object?>> rows, string sheetName = "进度填报", params string[] sheetsBefore)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var strings = new List<string>();
        var sharedPart = workbook.AddNewPart<SharedStringTablePart>();
        uint id = 1;
        foreach (var other in sheetsBefore)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue(Shared(strings, "说明：请在第二张表填写")) }) { RowIndex = 1 }));
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = other });
        }
        var dataPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null: break; // Excel omits empty cells
                    case string s when s.Length == 0: break;
                    case string s: row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Shared(strings, s)) }); break;
                    case Formula f: row.AppendChild(new Cell { CellReference = reference, CellFormula = new CellFormula(f.Expression), CellValue = new CellValue(f.Cached) }); break;
                    case double d: row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(d) }); break;
                    case decimal m: row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(m) }); break;
                    case int i: row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(i) }); break;
                    default: throw new ArgumentException("unsupported cell");
                }
            }
            data.AppendChild(row);
        }
        dataPart.Worksheet = new Worksheet(data);
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(dataPart), SheetId = id, Name = sheetName });
        sharedPart.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
        workbook.Workbook.Save();
    }

    private static int Shared(List<string> strings, string s)
    {
        var at = strings.IndexOf(s);
        if (at >= 0) return at;
        strings.Add(s);
        return strings.Count - 1;
    }

    /// <summary>A template CSV (as the product writes it) turned into rows for <see cref="Write"/>: numbers as numbers.</summary>
    public static List<IReadOnlyList<object?>> RowsFromCsv(string csv) =>
        File.ReadAllLines(csv).Select((line, i) => (IReadOnlyList<object?>)line.TrimStart('\uFEFF').Split(',')
            .Select(c => (object?)(i > 0 && decimal.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : c)).ToList()).ToList();
}
