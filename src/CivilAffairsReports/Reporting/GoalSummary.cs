using System.Globalization;
using System.Text;
using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// Page 1's table: every municipal goal of the plan year in the city document's order, its result the year before,
/// each district's comparable figure and share, and what remains per district. Every number comes from the analysis
/// views (goal_coverage, goal_district_cells, rate_comparison, year_on_year); this class only lays them out.
/// </summary>
internal static class GoalSummary
{
    /// <summary>Above this many districts with documents the table shows their total, not one column each.</summary>
    private const int MaxDistrictColumns = 5;

    internal sealed record Row(string IndicatorId, string Name, string Measure, string Unit, GoalCoverage? Coverage,
        RateComparison? Rate, decimal Goal, decimal? GoalMax, string? Qualifier);

    /// <summary>The municipal goals of the plan year, in the order the city's document states them.</summary>
    public static IReadOnlyList<Row> Goals(ReportModel model)
    {
        var a = model.Analysis;
        return a.Targets
            .Where(t => model.FromParent(t) && t.Kind == "target" && t.Year == model.PlanYear)
            .OrderBy(t => t.Start)
            .GroupBy(t => (t.IndicatorId, t.Measure, t.Unit))
            .Select(g =>
            {
                var t = g.First();
                var coverage = a.Coverage.FirstOrDefault(c => c.IndicatorId == t.IndicatorId && c.Year == t.Year && c.Measure == t.Measure && c.Unit == t.Unit);
                var rate = t.Measure == "rate" ? a.Rates.FirstOrDefault(r => r.IndicatorId == t.IndicatorId && r.Year == t.Year) : null;
                return new Row(t.IndicatorId, t.Indicator, t.Measure, t.Unit, coverage, rate, t.Value, t.ValueMax, t.Qualifier);
            })
            .ToList();
    }

    public static IReadOnlyList<(string Name, string Code)> Districts(ReportModel model) =>
        model.ChildSources
            .Select(s => (s.PlaceName, (s.RegionCode ?? s.DistrictCode)!)).Distinct().OrderBy(d => d.Item2, StringComparer.Ordinal).ToList();

    public static string Table(ReportModel model)
    {
        var a = model.Analysis;
        var goals = Goals(model);
        var districts = Districts(model);
        var perDistrict = districts.Count <= MaxDistrictColumns;
        var previousYear = model.PlanYear - 1;
        var header = new List<string> { "指标", $"{model.Whole}目标", $"{previousYear}年实绩" };
        if (perDistrict) header.AddRange(districts.Select(d => Pages.Short(d.Name)));
        header.AddRange([$"已知{model.Each}合计", $"其余{model.Each}每{model.Words.Unit}需承担"]);
        var fixedWidths = new[] { 15.0, 12.5, 13 };
        var tail = new[] { 12.0, 14 };
        var districtWidth = perDistrict && districts.Count > 0 ? (100 - fixedWidths.Sum() - tail.Sum()) / districts.Count : 0;
        var widths = fixedWidths.Select(w => w.ToString("0.#", CultureInfo.InvariantCulture) + "%")
            .Concat(perDistrict ? districts.Select(_ => districtWidth.ToString("0.#", CultureInfo.InvariantCulture) + "%") : [])
            .Concat(tail.Select(w => w.ToString("0.#", CultureInfo.InvariantCulture) + "%")).ToArray();
        if (!perDistrict) widths = ["24%", "16%", "16%", "20%", "24%"];

        var notes = new List<string>();
        var ruleNames = new List<string>();
        var rows = goals.Select(g =>
        {
            var cells = new List<string>
            {
                g.Name,
                // 新增 is the usual measure and goes unsaid in this table (the caption says so); others are named.
                (g.Measure is "rate" or "new" ? "" : Extraction.Measures.Chinese(g.Measure) + " ") + Quantity(g.Goal, g.GoalMax, g.Unit, g.Qualifier),
                Previous(a, g, model.PlanYear),
            };
            if (perDistrict) cells.AddRange(districts.Select(d => DistrictCell(a, g, d.Code, ruleNames)));
            cells.AddRange(Totals(a, g, notes));
            return cells.ToArray();
        }).ToList();

        var sb = new StringBuilder(Pages.Table(header.ToArray(), rows, "goals",
            $"{model.Whole} {goals.Count} 项目标与{model.Each}承担（{model.PlanYear} 年；未注明口径的为新增，{model.Each}格内为数量和占{model.Whole}目标的比例）", widths));
        // Where a reviewed rule decided a figure, the note names it; its reason is in the appendix (附录一).
        if (ruleNames.Count > 0) notes.Insert(0, $"* 按复核的可比口径规则计入：{string.Join("；", ruleNames.Distinct())}。理由见附录一。");
        if (notes.Count > 0)
            sb.Append("<ul class=\"notes\">").Append(string.Concat(notes.Distinct().Select(n => $"<li>{Html(n)}</li>"))).Append("</ul>");
        return sb.ToString();
    }

    private static string Previous(AnalysisResult a, Row g, int planYear)
    {
        var candidates = a.YearOnYear.Where(y => y.IndicatorId == g.IndicatorId && y.Year == planYear).ToList();
        var y = candidates.FirstOrDefault(c => c.PreviousMeasure == g.Measure && c.PreviousUnit == g.Unit) ?? candidates.FirstOrDefault();
        if (y is null) return "—";
        var prefix = y.PreviousMeasure == g.Measure || y.PreviousMeasure == "rate" ? "" : Extraction.Measures.Chinese(y.PreviousMeasure) + " ";
        return prefix + Quantity(y.PreviousActual, null, y.PreviousUnit, y.PreviousQualifier);
    }

    private static string DistrictCell(AnalysisResult a, Row g, string code, List<string> ruleNames)
    {
        if (g.Measure == "rate")
        {
            var r = a.Rates.FirstOrDefault(x => x.IndicatorId == g.IndicatorId && x.DistrictCode == code);
            return r is null ? "—" : Quantity(r.DistrictRate, null, "%", r.DistrictQualifier) +
                (r.GapPoints is null ? "" : r.GapPoints == 0 ? " 持平" : $" {(r.GapPoints > 0 ? "+" : "")}{r.GapPoints:0.0}点");
        }
        var cell = a.Cells.FirstOrDefault(c => c.IndicatorId == g.IndicatorId && c.Measure == g.Measure && c.Unit == g.Unit && c.DistrictCode == code);
        if (cell is null) return "—";
        if (!cell.Applicable) return "不适用";
        if (cell.Value is not null && cell.Share is not null)
        {
            var mark = "";
            if (cell.RuleIds is not null)
            {
                mark = "*";
                foreach (var id in cell.RuleIds.Split(','))
                    if (a.Rules.FirstOrDefault(r => r.RuleId == id) is { } rule) ruleNames.Add($"{rule.Name}（{g.Name}）");
            }
            return $"{Quantity(cell.Value.Value, null, cell.FigureUnit ?? g.Unit, cell.Qualifier)}{mark} {Percent(cell.Share.Value)}";
        }
        return cell.NotComparableFigures > 0 ? "不可比" : "—";
    }

    private static string[] Totals(AnalysisResult a, Row g, List<string> notes)
    {
        var c = g.Coverage;
        if (g.Measure == "rate" || c is null) return ["—", "—"];
        if (c.Share is null && c.Remaining is null)
        {
            notes.Add($"{g.Name}：{c.NotSharedReason}{Previous(a, g, g.Coverage!.Year) switch { "—" => "", var p => $"（{g.Coverage.Year - 1} 年全市为 {p}）" }}");
            return ["不可比（见注）", "不计算"];
        }
        var total = c.Share is null ? "—" : $"{Amount(c.DistrictSum, c.Unit)} {Percent(c.Share.Value)}";
        var remaining = c.RemainingPerDistrict is null || c.RemainingDistricts == 0 ? "—"
            : $"{c.RemainingDistricts} 个区各 {Amount(c.RemainingPerDistrict.Value, c.Unit)}";
        if (c.NotApplicableDistricts > 0) remaining += $"（{c.NotApplicableDistricts} 个区不适用）";
        return [total, remaining];
    }

    /// <summary>The city's own clause for every goal: the evidence, bounded by the city's plan, not by the documents.</summary>
    public static string MunicipalClauses(ReportModel model)
    {
        var clauses = model.Analysis.Targets
            .Where(t => model.FromParent(t) && t.Kind == "target" && t.Year == model.PlanYear)
            .OrderBy(t => t.Start)
            .GroupBy(t => t.Evidence)
            .Select(g => new[] { string.Join("、", g.Select(t => t.Indicator).Distinct()), g.Key })
            .ToList();
        return clauses.Count == 0 ? $"<p>{model.Levels.Own}文件中没有本年度量化目标。</p>"
            : Pages.Table(["指标", $"{model.Levels.Own}文件原文"], clauses, "clauses", $"{model.Whole}目标的原文依据", ["26%", "74%"]);
    }
}
