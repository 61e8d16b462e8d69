using System.Text;
using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// The monthly progress section: each district target's completion against the time elapsed (序时进度), its
/// status, rollups per district and for the city, and the trend. A target with no report says 未报送, never 0.
/// </summary>
internal static class ProgressSection
{
    /// <summary>序时进度 on the plan's clock: the share of the plan year elapsed, 全年 once the year is over.</summary>
    public static string Elapsed(double elapsed) => elapsed >= 1 ? "全年" : Percent(elapsed);

    /// <summary>Page 1's one sentence about progress returns.</summary>
    public static string OneLine(ReportModel model, string? district = null)
    {
        var p = model.Analysis.Progress;
        var targets = p.Targets.Where(t => district is null || t.District == district).ToList();
        var who = district ?? model.Each;
        if (p.Month.Length == 0 || !targets.Any(t => t.Completed is not null))
            return $"月度进度：{who}尚未报送 {model.PlanYear} 年进度。";
        var reported = targets.Where(t => t.Completed is not null).ToList();
        return $"月度进度（截至 {p.Month}，序时进度 {Elapsed(targets[0].Elapsed)}）：{reported.Count} 项已报送，" +
               $"平均完成率 {Percent(reported.Average(t => t.Completion ?? 0))}，滞后 {targets.Count(t => t.Status == "滞后")} 项，" +
               $"未报送 {targets.Count(t => t.Completed is null)} 项。";
    }

    public static string Render(ReportModel model, string heading, string? district = null)
    {
        var p = model.Analysis.Progress;
        var targets = p.Targets.Where(t => district is null || t.District == district).ToList();
        if (p.Month.Length == 0 || !targets.Any(t => t.Completed is not null))
            return $"<section class=\"progress\"><h2>{Html(heading)}</h2><p>{Html(OneLine(model, district))}</p></section>";
        var body = new StringBuilder($"<section class=\"progress\"><h2>{Html(heading)}（截至 {Html(p.Month)}，序时进度 {Elapsed(targets[0].Elapsed)}）</h2>");
        {
            var rollups = p.Rollups.Where(r => district is null || r.Scope == district).ToList();
            body.Append(Pages.Table(["范围", "目标数", "已报送", "平均完成率", "超前", "正常", "滞后", "未报送"], rollups.Select(r => new[]
            {
                r.Scope, r.Targets.ToString(), r.Reported.ToString(), r.AverageCompletion is null ? "—" : Percent(r.AverageCompletion.Value),
                r.Ahead.ToString(), r.OnTrack.ToString(), r.Behind.ToString(), r.NotReported.ToString(),
            }), "progress-rollup", null, ["16%", "12%", "12%", "16%", "11%", "11%", "11%", "11%"]));
            var trend = model.Charts.FirstOrDefault(c => c.Id == "progress-trend");
            if (district is null && trend is not null && p.Trend.Count > 0) body.Append(Pages.Chart(trend));
        }
        // The city's briefing shows the rollup; each target's row is in its district's briefing and on the site.
        if (district is not null) body.Append(Pages.Table(["指标", "年度目标", "截至本月累计完成", "完成率", "状态", "备注"], targets.Select(t => new[]
        {
            t.IndicatorName, Quantity(t.Target, null, t.Unit, null),
            t.Completed is null ? "未报送" : Quantity(t.Completed.Value, null, t.Unit, null) + (t.Flagged ? "（远超目标，待复核）" : ""),
            t.Completion is null ? "—" : Percent(t.Completion.Value), t.Status, t.Remark ?? "",
        }), "progress", null, ["22%", "14%", "18%", "12%", "10%", "24%"]));
        return body.Append("</section>").ToString();
    }
}
