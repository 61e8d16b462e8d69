using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// The three findings a director needs first, a sentence each, generated from the analysis so each edition's summary
/// follows its own data: what the edition covers, the goal furthest from being carried, and where the city's plan
/// asks less than last year's result (or, failing that, how district rates compare). Plain text; pages escape it.
/// </summary>
internal static class Findings
{
    public static IReadOnlyList<string> Summarise(ReportModel model)
    {
        var a = model.Analysis;
        var findings = new List<string>();
        var districts = GoalSummary.Districts(model).Select(d => Pages.Short(d.Name)).ToList();
        var goals = GoalSummary.Goals(model);
        var withShares = goals.Count(g => g.Coverage?.Share is not null);
        var missing = model.DistrictsWithoutDocument.Count;
        var (whole, each, unit) = (model.Whole, model.Each, model.Words.Unit);
        findings.Add($"本期依据{whole}工作要点和 {districts.Count} 个{unit}（{string.Join("、", districts)}）的工作要点：{whole} {goals.Count} 项量化目标中，" +
                     $"{withShares} 项已有{model.Levels.Child}可比数字" +
                     (missing > 0 ? $"；其余 {missing} 个{unit}尚无文件，其承担部分按“{whole}目标减已知{each}”平均计算。" : "。"));

        var furthest = goals.Where(g => g.Coverage?.Share is not null && g.Coverage.RemainingPerDistrict is not null)
            .OrderBy(g => g.Coverage!.ShareSum).FirstOrDefault();
        if (furthest?.Coverage is { } c)
            findings.Add($"缺口最大的是{furthest.Name}：{whole}{Extraction.Measures.Chinese(c.Measure)} {Amount(c.Goal, c.Unit)}，" +
                         $"已知 {c.ComparableDistricts} 个{unit}合计 {Amount(c.DistrictSum, c.Unit)}（{Percent(c.ShareSum)}），" +
                         $"其余 {c.RemainingDistricts} 个{unit}平均每{unit}需 {Amount(c.RemainingPerDistrict!.Value, c.Unit)}。");

        var below = a.YearOnYear.Where(y => y.Year == model.PlanYear && y.Ratio is < 1).OrderBy(y => y.Ratio).ToList();
        if (below.Count > 0)
            findings.Add($"{below.Count} 项目标低于 {model.PlanYear - 1} 年实绩，" +
                         string.Join("，", below.Take(3).Select(y =>
                             $"{y.IndicatorName} {Amount(y.Target, y.Unit)}（上年 {Quantity(y.PreviousActual, null, y.PreviousUnit, y.PreviousQualifier)}）")) +
                         (below.Count > 3 ? " 等" : "") + $"：完成压力不在数量，而在{each}分解是否到位。");
        else if (a.Rates.FirstOrDefault(r => r.GapPoints < 0) is { } low)
            findings.Add($"{low.IndicatorName}：{low.District}目标 {Quantity(low.DistrictRate, null, "%", low.DistrictQualifier)}，" +
                         $"低于{whole}目标 {Quantity(low.MunicipalRate!.Value, null, "%", low.MunicipalQualifier)}。");

        if (model.UnreadDocuments.Count > 0)
            findings.Add($"有 {model.UnreadDocuments.Count} 份文件未能读取，未纳入本期分析（名单见网站）。");
        return findings;
    }
}
