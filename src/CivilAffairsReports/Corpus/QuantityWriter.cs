using System.Globalization;
using System.Text;

namespace CivilAffairsReports.Corpus;

/// <summary>A quantity as a plan writes it, and what a correct reader must take from it.</summary>
internal sealed record WrittenQuantity(string Text, decimal Value, decimal? ValueMax, string? Qualifier);

/// <summary>
/// Writes a number the ways plans do: 30 家, 1,200 张, 三千名, ３０家, 3 万户, 10.72 万户, 不少于 100 名, 300 余名,
/// 1-2 家, 90% 以上. The value a reader must recover is returned with the text, so ground truth never drifts
/// from what was written.
/// </summary>
internal static class QuantityWriter
{
    public static WrittenQuantity Write(Random random, int value, string counter, bool allowRange = true)
    {
        var space = random.Next(3) == 0 ? " " : "";
        // The qualifier first: it limits which number forms fit (a range has none).
        var roll = random.Next(100);
        if (allowRange && roll < 5 && value >= 1 && value <= 50)
            return new($"{value}{(roll < 3 ? "-" : "至")}{value + 1}{space}{counter}", value, value + 1, null);

        string? prefix = roll switch { < 12 => "不少于", < 16 => "约", _ => null };
        string? approx = roll is >= 16 and < 20 && value >= 20 ? "余" : null;
        string? suffix = roll is >= 20 and < 26 ? "以上" : null;

        var number = Number(random, value, counter, out var chinese);
        if (chinese) space = "";
        var text = new StringBuilder();
        if (prefix is not null) text.Append(prefix).Append(chinese ? "" : space);
        text.Append(number);
        if (approx is not null) text.Append(approx);
        text.Append(space).Append(counter);
        if (suffix is not null) text.Append(suffix);
        var qualifier = string.Join(",", new[] { prefix, approx, suffix }.Where(q => q is not null));
        return new(text.ToString(), value, null, qualifier.Length == 0 ? null : qualifier);
    }

    /// <summary>A percentage: 85%, 85 %, ８５％, 90%以上, 不低于 85%, 百分之九十.</summary>
    public static WrittenQuantity WritePercent(Random random, int value)
    {
        return random.Next(10) switch
        {
            0 => new($"百分之{Chinese(value)}", value, null, null),
            1 => new($"{FullWidth(value.ToString(CultureInfo.InvariantCulture))}％", value, null, null),
            2 => new($"{value}%以上", value, null, "以上"),
            6 => new($"百分之{Chinese(value)}以上", value, null, "以上"),
            3 => new($"不低于 {value}%", value, null, "不低于"),
            4 => new($"{value} %", value, null, null),
            _ => new($"{value}%", value, null, null),
        };
    }

    private static string Number(Random random, int value, string counter, out bool chinese)
    {
        chinese = false;
        var style = random.Next(100);
        if (value >= 10_000 && value % 100 == 0 && style < 70)
        {
            // 3 万, 10.72 万: the magnitude plans use for large goals.
            return (value / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "万";
        }
        if (value < 10_000 && style < 15 && ChineseCounters.Contains(counter))
        {
            chinese = true;
            return Chinese(value);
        }
        if (style < 27) return FullWidth(value.ToString(CultureInfo.InvariantCulture));
        if (value >= 1000 && style < 45) return value.ToString("#,0", CultureInfo.InvariantCulture);
        return value.ToString(CultureInfo.InvariantCulture);
    }

    // Counters after which plans write Chinese numerals and readers take them (三千名, 两家).
    private static readonly HashSet<string> ChineseCounters = ["张", "名", "户", "家", "个", "所"];

    public static string FullWidth(string ascii) =>
        new(ascii.Select(c => c switch { >= '0' and <= '9' => (char)(c + 0xFEE0), '.' => '．', '%' => '％', _ => c }).ToArray());

    private const string Digits = "零一二三四五六七八九";

    /// <summary>1..9999 in Chinese numerals as written: 十二, 二十, 两百, 三千零五, 一百一十.</summary>
    public static string Chinese(int value)
    {
        if (value is <= 0 or >= 10_000) throw new ArgumentOutOfRangeException(nameof(value));
        var text = new StringBuilder();
        (int Unit, char Name)[] places = [(1000, '千'), (100, '百'), (10, '十')];
        var rest = value;
        var zeroPending = false;
        foreach (var (unit, name) in places)
        {
            var digit = rest / unit;
            rest %= unit;
            if (digit == 0)
            {
                if (text.Length > 0) zeroPending = true;
                continue;
            }
            if (zeroPending) { text.Append('零'); zeroPending = false; }
            // 两 before 百/千 when it leads; 十 alone for 10-19 at the start (十二, not 一十二).
            if (unit == 10 && digit == 1 && text.Length == 0) { text.Append(name); continue; }
            text.Append(digit == 2 && unit >= 100 && text.Length == 0 ? '两' : Digits[digit]).Append(name);
        }
        if (rest > 0)
        {
            if (zeroPending) text.Append('零');
            text.Append(value == 2 ? '两' : Digits[rest]);
        }
        return text.ToString();
    }
}
