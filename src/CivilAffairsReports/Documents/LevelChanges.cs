using System.Text.RegularExpressions;

namespace CivilAffairsReports.Documents;

/// <summary>
/// A change from an old level to a new one (由2009年的5900人提高到7905人, 由607元调整为635元, 由128户降至29户): the words
/// both the metadata reader and the extractor read it by.
/// </summary>
internal static partial class LevelChanges
{
    /// <summary>The verbs of a change, before 到 / 至 / 为.</summary>
    public const string Verbs = "提高|提升|增加|增长|上升|调整|上调|扩大|降低|下降|减少|降|减|增|升|调";

    /// <summary>A dated old level up to the change's verb: 2009年的5900人提高到 (the year captured as "year").</summary>
    public const string DatedOldLevel =
        @"(?<year>20\d{2})\s*年[底末]?的?[^，,。；;\d]{0,8}\d+(?:\.\d+)?\s*[万亿]?[^，,。；;\d]{0,6}?(?:分别)?(?:" + Verbs + ")(?:到|至|为)";

    /// <summary>Whether the year at <paramref name="yearAt"/> dates an old level (由2009年的5900人提高到…), not the text's time.</summary>
    public static bool IsYearOfOldLevel(string text, int yearAt) =>
        yearAt > 0 && text[yearAt - 1] is '由' or '从' or '從' && OldLevelAt().IsMatch(text, yearAt);

    [GeneratedRegex(@"\G" + DatedOldLevel)]
    private static partial Regex OldLevelAt();
}
