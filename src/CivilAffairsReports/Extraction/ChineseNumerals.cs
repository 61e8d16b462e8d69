namespace CivilAffairsReports.Extraction;

/// <summary>Chinese numerals as they occur in plans: 两、三千、二十、一百零五.</summary>
internal static class ChineseNumerals
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4,
        ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    private static readonly Dictionary<char, int> Multipliers = new() { ['十'] = 10, ['百'] = 100, ['千'] = 1000 };

    public static bool IsNumeralChar(char c) => Digits.ContainsKey(c) || Multipliers.ContainsKey(c);

    /// <summary>Parses a run of Chinese numeral characters (below 万); null when it is not a well-formed number.</summary>
    public static int? Parse(string numeral)
    {
        if (numeral.Length == 0) return null;
        int total = 0, pendingDigit = -1;
        foreach (var c in numeral)
        {
            if (Digits.TryGetValue(c, out var digit))
            {
                if (pendingDigit > 0) return null; // two digits in a row ("三四") is a range or a list, not one number
                pendingDigit = digit;
            }
            else if (Multipliers.TryGetValue(c, out var multiplier))
            {
                total += (pendingDigit < 0 ? 1 : pendingDigit) * multiplier; // "十二": the leading 一 is implied
                pendingDigit = -1;
            }
            else return null;
        }
        return total + Math.Max(pendingDigit, 0);
    }
}
