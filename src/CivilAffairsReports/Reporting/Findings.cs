using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// The briefing's first page: key findings as sentences with their numbers, generated from the analysis
/// results so that each edition's summary follows its own data. Plain text; pages escape it.
/// </summary>
internal static class Findings
{
    public static IReadOnlyList<string> Summarise(ReportModel model)
    {
        var a = model.Analysis;
        var findings = new List<string>();
        var districts = a.Sources.Where(s => s.Level == "district" && s.District is not null).Select(s => s.District!).Distinct().ToList();
        var municipal = a.Sources.Count(s => s.Level == "municipal");
        var targets = a.Targets.Count(t => t.Kind == "target");
        var actuals = a.Targets.Count(t => t.Kind == "actual");
        findings.Add($"本期读取工作要点 {a.Sources.Count} 份（市级 {municipal} 份，区级 {districts.Count} 份：{string.Join("、", districts)}），" +
                     $"提取量化目标 {targets} 项" + (actuals > 0 ? $"、上年实绩 {actuals} 项" : "") + "。" +
                     (model.DistrictsWithoutDocument.Count > 0
                         ? $"其余 {model.DistrictsWithoutDocument.Count} 个区尚无文件，其应承担部分按“市级目标减已知各区合计”计算。"
                         : ""));

        foreach (var goal in a.Coverage.Where(c => c.ComparableDistricts > 0).OrderByDescending(c => c.ShareSum).Take(6))
        {
            var shares = a.Shares
                .Where(s => s.IndicatorId == goal.IndicatorId && s.Share is not null && s.Measure == goal.Measure && s.Unit == goal.Unit)
                .OrderByDescending(s => s.Share)
                .Select(s => $"{s.District} {Quantity(s.Value, s.ValueMax, s.Unit, s.Qualifier)}（{Percent(s.Share!.Value)}）");
            var remaining = goal.DistrictsWithoutDocument > 0 && goal.RemainingPerDistrict is not null
                ? $"；其余 {goal.DistrictsWithoutDocument} 个区需承担 {Number(goal.Remaining)} {goal.Unit}，平均每区 {Number(goal.RemainingPerDistrict.Value)} {goal.Unit}"
                : "";
            findings.Add($"{goal.IndicatorName}：全市{Measures(goal.Measure)} {Number(goal.Goal)} {goal.Unit}，" +
                         $"{goal.ComparableDistricts} 个区合计 {Number(goal.DistrictSum)} {goal.Unit}，占 {Percent(goal.ShareSum)}" +
                         $"（{string.Join("，", shares)}）{remaining}。");
        }

        foreach (var group in a.Rates.Where(r => r.MunicipalRate is not null).GroupBy(r => r.IndicatorName))
        {
            var first = group.First();
            var parts = group.Select(r =>
                $"{r.District} {Quantity(r.DistrictRate, null, "%", r.DistrictQualifier)}（{(r.GapPoints == 0 ? "与全市持平" : Points(r.GapPoints!.Value))}）");
            var previous = first.PreviousActual is null ? "" :
                $"，{first.PreviousYear} 年全市实际为{Quantity(first.PreviousActual.Value, null, "%", first.PreviousQualifier)}";
            findings.Add($"{group.Key}：全市目标 {Quantity(first.MunicipalRate!.Value, null, "%", first.MunicipalQualifier)}{previous}；" +
                         $"各区目标为 {string.Join("，", parts)}。");
        }

        var notComparable = a.Shares.Where(s => s.Share is null && s.MunicipalGoal is not null).GroupBy(s => s.IndicatorName).ToList();
        if (notComparable.Count > 0)
            findings.Add($"{string.Join("、", notComparable.Select(g => g.Key))} 的区级目标与市级目标口径或单位不一致，" +
                         "不计算占比（见“不可比项目”）。");
        if (a.Conflicts.Count > 0)
            findings.Add($"同一发文机关对同一指标给出不同数字 {a.Conflicts.Count} 处，均予保留并标注（见“数据冲突”）。");
        if (model.UnreadDocuments.Count > 0)
            findings.Add($"有 {model.UnreadDocuments.Count} 份文件未能读取，未纳入本期分析：{string.Join("；", model.UnreadDocuments)}。");
        return findings;
    }

    private static string Measures(string measure) => Extraction.Measures.Chinese(measure);
}
