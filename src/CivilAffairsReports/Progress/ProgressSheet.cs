using System.Globalization;
using System.IO.Compression;
using System.Text;
using CivilAffairsReports.Extraction;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CivilAffairsReports.Progress;

/// <summary>One row of a progress sheet, with its row number as the person filling it in sees it.</summary>
internal sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells);

/// <summary>
/// A filled-in template read back: its header names, where each column is, and its rows. Returns come back as people
/// save them: xlsx from Excel or WPS (empty cells omitted, numbers, dates and formulas' cached values, several sheets)
/// and CSV in UTF-8 or GB18030. Both are read as streams with limits, so a huge file is refused, not loaded.
/// </summary>
internal sealed record ProgressSheet(string FileName, IReadOnlyDictionary<string, string> ColumnLabels, IReadOnlyList<SheetRow> Rows)
{
    public static readonly string[] Header = ["月份", "区代码", "区", "指标编号", "指标", "年度目标", "单位", "截至当月累计完成", "备注"];
    public const string CompletedColumn = "截至当月累计完成";
    public const string SheetName = "进度填报";

    /// <summary>A district has at most a few hundred targets; these limits are far above that and far below harm.</summary>
    public const long MaxFileBytes = 20_000_000;
    public const long MaxUnpackedBytes = 50_000_000;
    public const int MaxRows = 5_000;
    public const int MaxCellLength = 2_000;

    static ProgressSheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

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

        // Text columns stay text (区代码 310118 is a code, not a number; 月份 is not a date); 年度目标 is a number.
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["月份"] = r.Month, ["区代码"] = r.DistrictCode, ["区"] = r.District, ["指标编号"] = r.IndicatorId,
            ["指标"] = Reporting.WorkbookExporter.Inert(r.Indicator), ["年度目标"] = r.Target, ["单位"] = r.Unit,
            [CompletedColumn] = null, ["备注"] = null,
        }).ToList();
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = false,
            DynamicColumns =
            [
                new DynamicExcelColumn("月份") { Width = 10 }, new DynamicExcelColumn("区代码") { Width = 10 },
                new DynamicExcelColumn("区") { Width = 10 }, new DynamicExcelColumn("指标编号") { Width = 34 },
                new DynamicExcelColumn("指标") { Width = 30 }, new DynamicExcelColumn("年度目标") { Width = 12, Format = "General" },
                new DynamicExcelColumn("单位") { Width = 8 }, new DynamicExcelColumn(CompletedColumn) { Width = 20 },
                new DynamicExcelColumn("备注") { Width = 30 },
            ],
        };
        MiniExcel.SaveAs(Path.Combine(folder, stem + ".xlsx"), sheet, sheetName: SheetName, configuration: configuration, overwriteFile: true);
    }

    /// <summary>Reads a filled template, CSV (UTF-8 or GB18030, with or without BOM) or xlsx.</summary>
    public static ProgressSheet Read(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists) throw new ProgressFileError(name, "文件不存在");
        if (info.Length > MaxFileBytes)
            throw new ProgressFileError(name, $"文件有 {info.Length:#,0} 字节，超过进度文件上限 {MaxFileBytes:#,0} 字节；请只交回下发的模板");
        var table = Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(path, name) : ReadCsv(path, name);
        if (table.Count == 0) throw new ProgressFileError(name, "文件为空");
        var header = table[0].Cells;
        var labels = new Dictionary<string, string>();
        var positions = new Dictionary<string, string>();
        foreach (var (column, text) in header)
        {
            var label = text.Trim();
            if (label.Length == 0 || labels.ContainsKey(label)) continue;
            labels[label] = column;
            positions[column] = label;
        }
        var missing = Header.Where(h => !labels.ContainsKey(h)).ToList();
        if (missing.Count > 0) throw new ProgressFileError(name, $"第 {table[0].Number} 行缺少列：{string.Join("、", missing)}（请使用下发的模板）");
        // A cell Excel or WPS left out (an empty 备注) is an empty cell, not a missing column.
        var rows = table.Skip(1)
            .Select(r => new SheetRow(r.Number, positions.ToDictionary(p => p.Value, p => r.Cells.TryGetValue(p.Key, out var v) ? v.Trim() : "")))
            .Where(r => r.Cells.Values.Any(v => v.Length > 0))
            .ToList();
        return new ProgressSheet(name, labels, rows);
    }

    /// <summary>Where a column is, as the person filling it in would find it: "H 列（截至当月累计完成）".</summary>
    public string Where(int row, string column) => $"{FileName} 第 {row} 行 {ColumnLabels[column]} 列（{column}）";

    /// <summary>A number as people type it: full-width (３００), thousands separators, any script's digits; null if it is not one.</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).Trim().Replace(" ", "");
        var negative = normalized.StartsWith('-');
        if (negative) normalized = normalized[1..];
        if (normalized.Length == 0 || !normalized.All(c => char.IsDigit(c) || c is '.' or ',') || !RefusedNumbers.TryParse(normalized, out value))
        {
            value = 0;
            return false;
        }
        if (negative) value = -value;
        return true;
    }

    private sealed record RawRow(int Number, Dictionary<string, string> Cells);

    private static List<RawRow> ReadCsv(string path, string name)
    {
        var bytes = File.ReadAllBytes(path); // at most MaxFileBytes, checked above
        var text = Decode(bytes, name);
        var rows = new List<RawRow>();
        var cells = new Dictionary<string, string>();
        var field = new StringBuilder();
        int line = 1, rowStart = 1, column = 0, quoteLine = 0;
        var quoted = false;
        void EndField()
        {
            if (field.Length > MaxCellLength)
                throw new ProgressFileError(name, $"第 {rowStart} 行 {ColumnLetter(column)} 列：内容有 {field.Length:#,0} 个字符，超过上限 {MaxCellLength:#,0}");
            cells[ColumnLetter(column++)] = field.ToString();
            field.Clear();
        }
        void EndRow()
        {
            EndField();
            rows.Add(new RawRow(rowStart, cells));
            if (rows.Count > MaxRows + 1) throw new ProgressFileError(name, $"超过 {MaxRows:#,0} 行，不是下发的填报模板");
            cells = [];
            column = 0;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
            }
            else if (c == '"') { quoted = true; quoteLine = line; }
            else if (c == ',') EndField();
            else if (c == '\r') { }
            else if (c == '\n') { EndRow(); line++; rowStart = line; }
            else field.Append(c);
            if (column > 200) throw new ProgressFileError(name, $"第 {rowStart} 行超过 200 列，不是下发的填报模板");
        }
        if (quoted) throw new ProgressFileError(name, $"第 {quoteLine} 行：引号未闭合（从这里起到文件末尾都在引号内）");
        if (field.Length > 0 || column > 0) EndRow();
        return rows;
    }

    /// <summary>UTF-8 (what the template is) or GB18030 (what Excel on Chinese Windows saves a CSV as).</summary>
    private static string Decode(byte[] bytes, string name)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) bytes = bytes[3..];
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { }
        try { return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            throw new ProgressFileError(name, $"第 {e.Index} 字节处既不是 UTF-8 也不是 GB18030/GBK 编码；请在 Excel 中另存为“CSV UTF-8”或 xlsx");
        }
    }

    private static List<RawRow> ReadXlsx(string path, string name)
    {
        string sheetName;
        try
        {
            // A zip bomb (a 400 MB sheet in a 1 MB file) is refused by what it would unpack to, before any parsing.
            using (var zip = ZipFile.OpenRead(path))
            {
                var unpacked = zip.Entries.Sum(e => e.Length);
                if (unpacked > MaxUnpackedBytes)
                    throw new ProgressFileError(name, $"工作簿解压后有 {unpacked:#,0} 字节，超过上限 {MaxUnpackedBytes:#,0}；请只交回下发的模板");
            }
            var sheets = MiniExcel.GetSheetNames(path);
            if (sheets.Count == 0) throw new ProgressFileError(name, "工作簿中没有工作表");
            // Several sheets: the one named like the template, else the first whose first row has the template's header.
            sheetName = sheets.Contains(SheetName) ? SheetName
                : sheets.FirstOrDefault(s => FirstRowHasHeader(path, s)) ?? sheets[0];
            var rows = new List<RawRow>();
            var number = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX))
            {
                number++;
                if (number > MaxRows + 1) throw new ProgressFileError(name, $"工作表“{sheetName}”超过 {MaxRows:#,0} 行，不是下发的填报模板");
                if (row.Count > 200) throw new ProgressFileError(name, $"工作表“{sheetName}”第 {number} 行超过 200 列，不是下发的填报模板");
                var cells = new Dictionary<string, string>();
                foreach (var (column, value) in row)
                {
                    var text = CellText(value, isMonth: rows.Count > 0 && rows[0].Cells.TryGetValue(column, out var h) && h.Trim() == "月份");
                    if (text.Length > MaxCellLength)
                        throw new ProgressFileError(name, $"工作表“{sheetName}”第 {number} 行 {column} 列：内容有 {text.Length:#,0} 个字符，超过上限 {MaxCellLength:#,0}");
                    cells[column] = text;
                }
                rows.Add(new RawRow(number, cells));
            }
            return rows;
        }
        catch (ProgressFileError) { throw; }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException
                                      or ArgumentException or FormatException or IndexOutOfRangeException or KeyNotFoundException
                                      or NullReferenceException or NotSupportedException or OverflowException or InvalidCastException)
        {
            // A text file renamed .xlsx, a broken zip, malformed XML, a bad shared-string index: the file is named, not the library.
            throw new ProgressFileError(name, $"不是有效的 xlsx 工作簿，无法读取（{e.GetType().Name}：{e.Message.Split('\n')[0]}）；请用 Excel 或 WPS 另存为 xlsx 后重新交回");
        }
    }

    private static bool FirstRowHasHeader(string path, string sheet)
    {
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
            return row.Values.Any(v => v?.ToString()?.Trim() == CompletedColumn);
        return false;
    }

    /// <summary>A cell as text: numbers invariant (310118, 12.5), a date in the 月份 column as yyyy-MM (Excel turns "2025-06" into a date).</summary>
    private static string CellText(object? value, bool isMonth) => value switch
    {
        null => "",
        DateTime d => isMonth ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when isMonth && d is > 20_000 and < 80_000 => DateTime.FromOADate(d).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => value.ToString() ?? "",
    };

    private static string ColumnLetter(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnLetter(index / 26 - 1) + (char)('A' + index % 26);
}

/// <summary>A progress file rejected whole; the message names the file, and the row and column where it helps.</summary>
internal sealed class ProgressFileError(string fileName, string problem) : Exception($"{fileName}：{problem}")
{
    public string FileName { get; } = fileName;
}
