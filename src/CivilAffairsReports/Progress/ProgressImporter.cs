using System.Globalization;
using System.Text.RegularExpressions;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Warehouse;

namespace CivilAffairsReports.Progress;

internal sealed record ProgressValue(string IndicatorId, decimal Target, string Unit, decimal? Completed, string? Remark, bool Flagged);

/// <summary>A validated report of one district for one month, ready to store.</summary>
internal sealed record ProgressReport(string FileName, string DistrictCode, string Month, IReadOnlyList<ProgressValue> Values, IReadOnlyList<string> Flags);

/// <summary>
/// Monthly progress reports (截至当月累计完成) from the districts' filled templates. A file with any error is
/// rejected whole and nothing stored changes; a valid one replaces that district's month, history kept.
/// </summary>
internal static partial class ProgressImporter
{
    [GeneratedRegex(@"^20\d{2}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();

    public static bool IsValidMonth(string month) => MonthPattern().IsMatch(month);

    /// <summary>The plan year of the warehouse's current run (the plan's clock), or null when it holds no targets.</summary>
    public static int? PlanYear(WarehouseStore store) => store.PlanYear();

    /// <summary>Writes one template (CSV and xlsx) per district with targets, for the month.</summary>
    public static IReadOnlyList<string> WriteTemplates(WarehouseStore store, string month, string folder)
    {
        var written = new List<string>();
        foreach (var (code, district) in store.DistrictsWithTargets())
        {
            var rows = store.DistrictCountTargets(code)
                .Select(t => new ProgressSheet.TemplateRow(month, code, district, t.IndicatorId, t.IndicatorName, t.Target, t.Unit)).ToList();
            var stem = $"{month}-{code}";
            ProgressSheet.WriteTemplate(folder, stem, rows);
            written.AddRange([stem + ".csv", stem + ".xlsx"]);
        }
        return written;
    }

    private static string Clip(string text) => text.Length > 30 ? text[..30] + "…" : text;

    public static ProgressReport Validate(ProgressSheet sheet, string month, WarehouseStore store, ProgressSettings settings)
    {
        var problems = new List<string>();
        var flags = new List<string>();
        var codes = sheet.Rows.Select(r => r.Cells["区代码"]).Distinct().ToList();
        if (codes.Count != 1)
            throw new ProgressFileError(sheet.FileName, codes.Count == 0 ? "没有数据行" : $"一个文件只能填报一个区，发现区代码 {Clip(string.Join("、", codes))}");
        var code = codes[0];
        var knownDistrict = ShanghaiDistricts.All.Any(d => d.Code == code);
        var targets = knownDistrict ? store.DistrictCountTargets(code).GroupBy(t => t.IndicatorId).ToDictionary(g => g.Key, g => g.First()) : [];
        if (!knownDistrict || targets.Count == 0)
            throw new ProgressFileError(sheet.FileName, $"{sheet.Where(sheet.Rows[0].Number, "区代码")}：未知的区或本期无该区目标“{Clip(code)}”");
        var previous = store.PreviousProgress(code, month);

        var values = new List<ProgressValue>();
        foreach (var row in sheet.Rows)
        {
            if (row.Cells["月份"] != month)
                problems.Add($"{sheet.Where(row.Number, "月份")}：为“{Clip(row.Cells["月份"])}”，本次导入的是 {month}");
            var indicator = row.Cells["指标编号"];
            if (!targets.TryGetValue(indicator, out var target))
            {
                problems.Add($"{sheet.Where(row.Number, "指标编号")}：该区本期没有指标“{Clip(indicator)}”");
                continue;
            }
            if (values.Any(v => v.IndicatorId == indicator))
            {
                problems.Add($"{sheet.Where(row.Number, "指标编号")}：指标“{indicator}”重复填报");
                continue;
            }
            var text = row.Cells[ProgressSheet.CompletedColumn];
            decimal? completed = null;
            if (text.Length > 0)
            {
                if (!ProgressSheet.TryParseNumber(text, out var value))
                    problems.Add($"{sheet.Where(row.Number, ProgressSheet.CompletedColumn)}：“{Clip(text)}”不是数字" +
                                 (text.Count(char.IsDigit) > RefusedNumbers.MaxIntegerDigits ? $"（位数超过 {RefusedNumbers.MaxIntegerDigits} 位）" : ""));
                else if (value < 0)
                    problems.Add($"{sheet.Where(row.Number, ProgressSheet.CompletedColumn)}：{text} 为负数");
                else if (previous.TryGetValue(indicator, out var last) && value < last.Completed)
                    problems.Add($"{sheet.Where(row.Number, ProgressSheet.CompletedColumn)}：累计完成 {text} 低于 {last.Month} 已报的 {last.Completed:0.##}");
                else completed = value;
            }
            var flagged = completed is not null && target.Target > 0 && completed > target.Target * settings.FlagAboveTargetRatio;
            if (flagged)
                flags.Add($"{sheet.Where(row.Number, ProgressSheet.CompletedColumn)}：{completed:0.##} 远超年度目标 {target.Target:0.##}，已保存并标记复核");
            values.Add(new ProgressValue(indicator, target.Target, target.Unit, completed, row.Cells["备注"] is { Length: > 0 } r ? r : null, flagged));
        }
        if (problems.Count > 0) throw new ProgressFileError(sheet.FileName, "整份文件未导入：\n" + string.Join("\n", problems.Take(50))
                                                              + (problems.Count > 50 ? $"\n……另有 {problems.Count - 50} 处问题" : ""));
        return new ProgressReport(sheet.FileName, code, month, values, flags);
    }
}
