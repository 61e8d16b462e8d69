using System.Globalization;
using System.Text;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// data/targets.csv: UTF-8 with BOM (Excel and WPS open it as Chinese), RFC 4180 quoting, and every text
/// field that a spreadsheet would read as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe.
/// </summary>
internal static class TargetsCsv
{
    public static readonly string[] Header =
    [
        "document", "issuer", "district", "level", "document_number", "year", "kind", "indicator_id", "indicator",
        "value", "value_max", "unit", "measure", "qualifier", "evidence", "start", "end", "review", "flag",
    ];

    public static void Write(string path, IEnumerable<TargetRow> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            Write(writer, rows);
        File.Move(temp, path, overwrite: true);
    }

    public static void Write(TextWriter writer, IEnumerable<TargetRow> rows)
    {
        writer.Write(string.Join(",", Header) + "\r\n");
        foreach (var r in rows)
        {
            string[] fields =
            [
                Text(r.Document), Text(r.Issuer), Text(r.District), Text(r.Level), Text(r.DocumentNumber),
                Number(r.Year), Text(r.Kind), Text(r.IndicatorId), Text(r.Indicator),
                Number(r.Value), Number(r.ValueMax), Text(r.Unit), Text(r.Measure), Text(r.Qualifier),
                Text(r.Evidence), Number(r.Start), Number(r.End), Text(r.Review), Text(r.Flag),
            ];
            writer.Write(string.Join(",", fields) + "\r\n");
        }
    }

    /// <summary>Numbers are written plainly: 95 for 95%, 107200 for 10.72 万.</summary>
    public static string Number(decimal? value) =>
        value is null ? "" : value.Value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
