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

    /// <summary>
    /// A figure as a reader writes it, qualifier in its place: "30 家", "1–2 家", "不少于100 人", "4,000余人",
    /// "90%以上", "超65%", "50 万人". Non-breaking spaces keep a number, its qualifier and its unit on one line.
    /// </summary>
    public static string Quantity(decimal value, decimal? max, string unit, string? qualifier)
    {
        var number = max is null ? Large(value) : $"{Large(value)}–{Large(max.Value)}";
        var qualifiers = (qualifier ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var inner = string.Concat(qualifiers.Where(q => q is "余" or "多"));
        var after = string.Concat(qualifiers.Where(q => q is "以上" or "左右" or "以内" or "以下"));
        var before = string.Concat(qualifiers.Where(q => q is not ("余" or "多" or "以上" or "左右" or "以内" or "以下")));
        var unitText = unit == "%" ? "%" : inner.Length > 0 || number.EndsWith('万') ? unit : "\u00A0" + unit;
        return before + number + inner + unitText + after;
    }

    /// <summary>Round counts of 10,000 and more in 万 as Chinese readers write them: 500000 → "50 万", 30000 → "3 万".</summary>
    public static string Large(decimal value) =>
        value >= 10_000 && value % 100 == 0 ? Number(value / 10_000) + "\u00A0万" : Number(value);

    /// <summary>A count with its unit, large counts in 万: "3 万户", "650 张".</summary>
    public static string Amount(decimal value, string unit) => Quantity(value, null, unit, null);

    /// <summary>A share of a goal, or the sentence that there is none.</summary>
    public static string Amount(double value, string unit) =>
        (Math.Abs(value) >= 100_000 ? Large((decimal)Math.Round(value, 0)) : Number(value)) + (unit == "%" ? "%" : "\u00A0" + unit);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Points(decimal points) =>
        (points > 0 ? "+" : "") + points.ToString("0.0", CultureInfo.InvariantCulture) + " 个百分点";

    public static string Date(DateOnly? date) => date is null ? "未注明" : $"{date.Value.Year}年{date.Value.Month}月{date.Value.Day}日";
}
