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
    public static string Render(ReportModel model, string heading, string? district = null)
    {
        var p = model.Analysis.Progress;
        if (p.Month.Length == 0) return "";
        var targets = p.Targets.Where(t => district is null || t.District == district).ToList();
        var body = new StringBuilder($"<section class=\"progress\"><h2>{Html(heading)}（截至 {Html(p.Month)}，序时进度 {Percent(targets.FirstOrDefault()?.Elapsed ?? 0)}）</h2>");
        if (!targets.Any(t => t.Completed is not null))
            body.Append($"<p>{Html(p.Month)} 各区均未报送进度，下表所列目标均为“未报送”。</p>");
        else
        {
            var rollups = p.Rollups.Where(r => district is null || r.Scope == district).ToList();
            body.Append(Pages.Table(["范围", "目标数", "已报送", "平均完成率", "超前", "正常", "滞后", "未报送"], rollups.Select(r => new[]
            {
                r.Scope, r.Targets.ToString(), r.Reported.ToString(), r.AverageCompletion is null ? "—" : Percent(r.AverageCompletion.Value),
                r.Ahead.ToString(), r.OnTrack.ToString(), r.Behind.ToString(), r.NotReported.ToString(),
            }), "progress-rollup"));
            var trend = model.Charts.FirstOrDefault(c => c.Id == "progress-trend");
            if (district is null && trend is not null && p.Trend.Count > 0) body.Append(Pages.Chart(trend));
        }
        body.Append(Pages.Table(["区", "指标", "年度目标", "截至本月累计完成", "完成率", "状态", "备注"], targets.Select(t => new[]
        {
            t.District, t.IndicatorName, Quantity(t.Target, null, t.Unit, null),
            t.Completed is null ? "未报送" : Quantity(t.Completed.Value, null, t.Unit, null) + (t.Flagged ? "（远超目标，待复核）" : ""),
            t.Completion is null ? "—" : Percent(t.Completion.Value), t.Status, t.Remark ?? "",
        }), "progress"));
        return body.Append("</section>").ToString();
    }
}
