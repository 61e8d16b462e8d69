using System.Text.RegularExpressions;

namespace CivilAffairsReports.Documents;

/// <summary>The national five-year plan periods a text names (“十三五”期间, 十二五规划) and the years they end.</summary>
internal static partial class FiveYearPlans
{
    public static readonly (string Period, int EndYear)[] Periods =
        [("十一五", 2010), ("十二五", 2015), ("十三五", 2020), ("十四五", 2025), ("十五五", 2030)];

    /// <summary>The period a title names and its first year (长沙民政事业发展“十二五”规划 → 十二五, 2011), if it names one.</summary>
    public static (string Period, int StartYear)? NamedIn(string? title) =>
        title is null ? null : Periods.Where(p => title.Contains(p.Period, StringComparison.Ordinal)).Select(p => ((string, int)?)(p.Period, p.EndYear - 4)).FirstOrDefault();

    /// <summary>A deadline at a period's end (至“十二五”末, 到“十三五”期末), not a level reached by it (到“十二五”末的).</summary>
    [GeneratedRegex(@"(?:到|至)\s*[“""]?(?<period>十[一二三四五]五)[”""]?\s*(?:期末|末期|末)(?!的)")]
    public static partial Regex EndDeadline();

    public static int EndYearOf(string period) => Periods.First(p => p.Period == period).EndYear;
}
