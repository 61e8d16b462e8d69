using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Extraction;

/// <summary>A number in a document that is refused as a figure, with where it starts and why.</summary>
internal sealed record RefusedNumber(int Start, int DigitsStart, int End, string Reason);

/// <summary>
/// Numbers no work plan can mean: 10^13 and above (a 30-digit or 100,000-digit run, or 9999999999 亿), which would
/// also overflow the warehouse's DECIMAL(18,4), and signed ones ("-5家"), which must never be read as +5. Both are
/// refused per figure, so the document itself is still read. Digits of any script count (٣٠, ३०).
/// </summary>
internal static partial class RefusedNumbers
{
    /// <summary>The largest integer part a figure may have (10^13: ten trillion).</summary>
    public const int MaxIntegerDigits = 13;

    [GeneratedRegex(@"(?<sign>[-−－﹣])?(?<int>\d+(?:,\d{3})*)(?:\.\d+)?(?:\s*(?<mag>[万亿]))?")]
    private static partial Regex Number();

    public static IReadOnlyList<RefusedNumber> Find(string text)
    {
        var refused = new List<RefusedNumber>();
        foreach (Match m in Number().Matches(text))
        {
            // Counted in place (commas and leading zeros skipped): this runs for every number of every text.
            var integerDigits = 0;
            foreach (var c in m.Groups["int"].ValueSpan)
                if (c != ',' && (integerDigits > 0 || c != '0')) integerDigits++;
            var magnitude = m.Groups["mag"];
            var digits = integerDigits + (!magnitude.Success ? 0 : magnitude.ValueSpan is "万" ? 4 : magnitude.ValueSpan is "亿" ? 8 : 0);
            if (digits > MaxIntegerDigits)
            {
                refused.Add(new RefusedNumber(m.Groups["int"].Index, m.Groups["int"].Index, m.Index + m.Length,
                    $"数字有 {integerDigits:#,0} 位{(magnitude.Success ? "（含“" + magnitude.Value + "”）" : "")}，超出工作要点可能的范围（不超过 {MaxIntegerDigits} 位）"));
                continue;
            }
            var sign = m.Groups["sign"];
            // A sign glued to a digit or Latin letter before it is a range or a label (1-2家, 2025-06, G60-5), not a
            // sign; after a Chinese character (新增-5家) it is one.
            if (sign.Success && (sign.Index == 0 || !(char.IsDigit(text[sign.Index - 1]) || char.IsAsciiLetter(text[sign.Index - 1]))))
                refused.Add(new RefusedNumber(sign.Index, m.Groups["int"].Index, m.Index + m.Length, $"“{Clip(m.Value)}”是负数，目标不应为负"));
        }
        return refused;
    }

    /// <summary>Parses digits of any script ("٣٠", "३०", "1,200.5"); false when the text is not a number or too large.</summary>
    public static bool TryParse(string digits, out decimal value)
    {
        var ascii = new char[digits.Length];
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[i];
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            ascii[i] = digit >= 0 ? (char)('0' + digit) : c;
        }
        var text = new string(ascii).Replace(",", "");
        var dot = text.IndexOf('.');
        if ((dot < 0 ? text.Length : dot) - (text.Length - text.TrimStart('0').Length) > MaxIntegerDigits || text.Length > 64) { value = 0; return false; }
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static string Clip(string s) => s.Length > 20 ? s[..20] + "…" : s;
}
