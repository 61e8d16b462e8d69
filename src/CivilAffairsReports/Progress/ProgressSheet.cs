using System.Text;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CivilAffairsReports.Progress;

/// <summary>One row of a progress sheet, with its row number as the person filling it in sees it.</summary>
internal sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells);

/// <summary>A filled-in template read back: its header names, where each column is, and its rows.</summary>
internal sealed record ProgressSheet(string FileName, IReadOnlyDictionary<string, string> ColumnLabels, IReadOnlyList<SheetRow> Rows)
{
    public static readonly string[] Header = ["月份", "区代码", "区", "指标编号", "指标", "年度目标", "单位", "截至当月累计完成", "备注"];
    public const string CompletedColumn = "截至当月累计完成";

    /// <summary>A template row for one target: the completion and remark left empty for the district to fill in.</summary>
    internal sealed record TemplateRow(string Month, string DistrictCode, string District, string IndicatorId, string Indicator, decimal Target, string Unit);

    public static void WriteTemplate(string folder, string stem, IReadOnlyList<TemplateRow> rows)
    {
        Directory.CreateDirectory(folder);
        var csv = new StringBuilder(string.Join(",", Header) + "\r\n");
        foreach (var r in rows)
            csv.Append(string.Join(",", TargetsCsv.Text(r.Month), TargetsCsv.Text(r.DistrictCode), TargetsCsv.Text(r.District),
                TargetsCsv.Text(r.IndicatorId), TargetsCsv.Text(r.Indicator), TargetsCsv.Number(r.Target), TargetsCsv.Text(r.Unit), "", "")).Append("\r\n");
        File.WriteAllText(Path.Combine(folder, stem + ".csv"), csv.ToString(), new UTF8Encoding(true));

        using var document = SpreadsheetDocument.Create(Path.Combine(folder, stem + ".xlsx"), SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.AppendChild(WorkbookExporter.Row(Header));
        foreach (var r in rows)
            data.AppendChild(WorkbookExporter.Row([r.Month, r.DistrictCode, r.District, r.IndicatorId, r.Indicator, r.Target, r.Unit, null, null]));
        part.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets()).AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "进度填报" });
        workbook.Workbook.Save();
    }

    /// <summary>Reads a filled template, CSV (UTF-8, with or without BOM) or xlsx.</summary>
    public static ProgressSheet Read(string path)
    {
        var name = Path.GetFileName(path);
        var table = Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(path) : ReadCsv(path);
        if (table.Count == 0) throw new ProgressFileError(name, "文件为空");
        var header = table[0].Cells;
        var labels = new Dictionary<string, string>();
        var positions = new Dictionary<string, string>();
        foreach (var (column, text) in header)
        {
            labels[text.Trim()] = column;
            positions[column] = text.Trim();
        }
        var missing = Header.Where(h => !labels.ContainsKey(h)).ToList();
        if (missing.Count > 0) throw new ProgressFileError(name, $"第 1 行缺少列：{string.Join("、", missing)}（请使用下发的模板）");
        var rows = table.Skip(1)
            .Select(r => new SheetRow(r.Number, r.Cells.Where(c => positions.ContainsKey(c.Key)).ToDictionary(c => positions[c.Key], c => c.Value.Trim())))
            .Where(r => r.Cells.Values.Any(v => v.Length > 0))
            .ToList();
        return new ProgressSheet(name, labels, rows);
    }

    /// <summary>Where a column is, as the person filling it in would find it: "H 列（截至当月累计完成）".</summary>
    public string Where(int row, string column) => $"{FileName} 第 {row} 行 {ColumnLabels[column]} 列（{column}）";

    private sealed record RawRow(int Number, Dictionary<string, string> Cells);

    private static List<RawRow> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false, true)).TrimStart('\uFEFF');
        var rows = new List<RawRow>();
        var cells = new Dictionary<string, string>();
        var field = new StringBuilder();
        int line = 1, rowStart = 1, column = 0;
        var quoted = false;
        void EndField() { cells[ColumnLetter(column++)] = field.ToString(); field.Clear(); }
        void EndRow() { EndField(); rows.Add(new RawRow(rowStart, cells)); cells = []; column = 0; }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
            }
            else if (c == '"') quoted = true;
            else if (c == ',') EndField();
            else if (c == '\r') { }
            else if (c == '\n') { EndRow(); line++; rowStart = line; }
            else field.Append(c);
        }
        if (field.Length > 0 || column > 0) EndRow();
        return rows;
    }

    private static List<RawRow> ReadXlsx(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart ?? throw new ProgressFileError(Path.GetFileName(path), "不是有效的 xlsx 工作簿");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.WorksheetParts.First().Worksheet;
        var rows = new List<RawRow>();
        foreach (var row in sheet.Descendants<Row>())
        {
            var cells = new Dictionary<string, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? new string(reference.TakeWhile(char.IsLetter).ToArray()) : ColumnLetter(position);
                position++;
                cells[column] = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.InnerText)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                    : cell.CellValue?.Text ?? "";
            }
            rows.Add(new RawRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
        }
        return rows;
    }

    private static string ColumnLetter(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnLetter(index / 26 - 1) + (char)('A' + index % 26);
}

/// <summary>A progress file rejected whole; the message names the file, and the row and column where it helps.</summary>
internal sealed class ProgressFileError(string fileName, string problem) : Exception($"{fileName}：{problem}")
{
    public string FileName { get; } = fileName;
}
