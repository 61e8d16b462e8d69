using System.Globalization;
using System.Net;

namespace CivilAffairsReports.Reporting;

/// <summary>Number and text formatting shared by every page: thousands separators, one-decimal percentages, units always shown.</summary>
internal static class Format
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Html(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", Chinese);

    public static string Number(double value) => value.ToString(Math.Abs(value - Math.Round(value)) < 1e-9 ? "#,0" : "#,0.0", Chinese);

    /// <summary>A figure as a reader expects it: "30 家", "1–2 家", "不少于 100 人", "90% 以上".</summary>
    public static string Quantity(decimal value, decimal? max, string unit, string? qualifier)
    {
        var number = max is null ? Number(value) : $"{Number(value)}–{Number(max.Value)}";
        var text = unit == "%" ? number + "%" : $"{number}\u00A0{unit}"; // a number never wraps away from its unit
        foreach (var q in (qualifier ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            text = q is "以上" or "左右" or "以内" or "余" or "多" ? text + q : q + text;
        return text;
    }

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Points(decimal points) =>
        (points > 0 ? "+" : "") + points.ToString("0.0", CultureInfo.InvariantCulture) + " 个百分点";

    public static string Date(DateOnly? date) => date is null ? "未注明" : $"{date.Value.Year}年{date.Value.Month}月{date.Value.Day}日";
}
