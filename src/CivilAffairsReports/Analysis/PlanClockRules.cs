using System.Globalization;

namespace CivilAffairsReports.Analysis;

/// <summary>
/// The plan's clock in the few places C# must decide before the views run: which months belong to a plan year,
/// and what to say when the newest plans are for a year already past. The wall clock is used only for that notice.
/// </summary>
internal static class PlanClockRules
{
    /// <summary>True when a yyyy-MM month lies in the plan year.</summary>
    public static bool InPlanYear(string month, int planYear) =>
        month.Length >= 4 && int.TryParse(month[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year == planYear;

    /// <summary>"2026 年工作要点尚未导入…" when today's year is later than the newest plan year; null otherwise.</summary>
    public static string? MissingPlanNotice(int planYear, DateTime today) =>
        today.Year > planYear
            ? $"{today.Year} 年工作要点尚未导入：本期仍按 {planYear} 年工作要点编制。"
            : null;
}
