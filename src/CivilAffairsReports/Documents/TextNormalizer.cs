using System.Text;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Documents;

/// <summary>
/// Undoes the damage PDF extraction does to a work plan, keeping for every character its offset in the
/// decoded text: full-width digits and letters folded to ASCII, spaced headings ("上 海 市") closed up,
/// hard line breaks inside sentences joined, one paragraph per line.
/// </summary>
internal static partial class TextNormalizer
{
    private readonly record struct Mapped(char Char, int Offset);

    public static NormalizedText Normalize(string decoded)
    {
        var folded = Fold(decoded);
        // Cheap test first: most texts have no tone-marked letter at all.
        if (decoded.AsSpan().IndexOfAnyInRange('\u00E0', '\u01DC') >= 0) folded = WithoutPinyin(folded, SplicedPinyin(), 1);
        // Some spell it without tones (社會(hui) 和諧, 個(ge) 村): taken only where it recurs, as a plain word in brackets may not.
        if (decoded.Contains('(')) folded = WithoutPinyin(folded, SplicedToneless(), 3);
        var lines = SplitLines(folded).Select(TrimAndCloseUp).Where(l => l.Count > 0).ToList();
        var wrapWidth = WrapWidth(lines);

        var output = new List<Mapped>(decoded.Length);
        List<Mapped>? paragraph = null;
        List<Mapped>? lastLine = null;
        foreach (var line in lines)
        {
            if (paragraph is not null && Continues(paragraph, lastLine!, line, wrapWidth))
            {
                // The space stands where the line break was, so offsets keep increasing.
                if (NeedsSpace(paragraph[^1].Char, line[0].Char)) paragraph.Add(new Mapped(' ', paragraph[^1].Offset + 1));
                paragraph.AddRange(line);
                lastLine = line;
                continue;
            }
            if (paragraph is not null)
            {
                output.AddRange(paragraph);
                output.Add(new Mapped('\n', paragraph[^1].Offset + 1));
            }
            paragraph = [.. line];
            lastLine = line;
        }
        if (paragraph is not null) output.AddRange(paragraph);

        var text = new string(output.Select(m => m.Char).ToArray());
        var map = output.Select(m => m.Offset).Append(decoded.Length).ToArray();
        return new NormalizedText(text, map);
    }

    /// <summary>
    /// Full-width digits, letters and the signs that go with numbers become ASCII; odd spaces become one kind; a text in
    /// traditional characters is read in simplified ones.
    /// </summary>
    private static List<Mapped> Fold(string decoded)
    {
        var simplified = TraditionalChinese.SimplifiedFor(decoded);
        var folded = new List<Mapped>(decoded.Length);
        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            if (c == '\r')
            {
                folded.Add(new Mapped('\n', i));
                if (i + 1 < decoded.Length && decoded[i + 1] == '\n') i++;
                continue;
            }
            var f = FoldChar(c);
            folded.Add(new Mapped(simplified is not null && simplified.TryGetValue(f, out var s) ? s : f, i));
        }
        return folded;
    }

    /// <summary>Mirror sites splice a word's pinyin into it, after the character it reads (發(fā)展, 關(guān)于): the reading goes.</summary>
    private static List<Mapped> WithoutPinyin(List<Mapped> chars, Regex spliced, int atLeast)
    {
        var text = new string(chars.Select(m => m.Char).ToArray());
        var readings = spliced.Matches(text);
        if (readings.Count < atLeast) return chars;
        var dropped = new bool[chars.Count];
        foreach (Match reading in readings)
            for (var i = reading.Index; i < reading.Index + reading.Length; i++) dropped[i] = true;
        return chars.Where((_, i) => !dropped[i]).ToList();
    }

    // One syllable with its tone mark, in brackets right after an ideograph: (fā), (guān), (yǎng), (huì ) with a space.
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?[)）]")]
    private static partial Regex SplicedPinyin();

    // One toneless syllable (initial and final) in brackets right after an ideograph, a space after it: (hui) , (ge) , (zhong) .
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v)\) ?")]
    private static partial Regex SplicedToneless();

    internal static char FoldChar(char c) => c switch
    {
        >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or '％' or '．' or '＋' or '－' => (char)(c - 0xFEE0),
        '\t' or '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' => ' ',
        '\uFEFF' => ' ',
        >= '\u2E80' and <= '\u2FDF' => CjkRadicals.Fold(c), // ⼯ → 工, ⺠ → 民: see CjkRadicals
        _ => c,
    };

    private static IEnumerable<List<Mapped>> SplitLines(List<Mapped> chars)
    {
        var line = new List<Mapped>();
        foreach (var m in chars)
        {
            if (m.Char == '\n') { yield return line; line = []; }
            else line.Add(m);
        }
        yield return line;
    }

    /// <summary>Trims, collapses runs of spaces, and closes up a heading spaced out character by character.</summary>
    private static List<Mapped> TrimAndCloseUp(List<Mapped> line)
    {
        var collapsed = new List<Mapped>(line.Count);
        foreach (var m in line)
            if (m.Char != ' ' || (collapsed.Count > 0 && collapsed[^1].Char != ' ')) collapsed.Add(m);
        while (collapsed.Count > 0 && collapsed[^1].Char == ' ') collapsed.RemoveAt(collapsed.Count - 1);

        var text = new string(collapsed.Select(m => m.Char).ToArray());
        return SpacedHeading().IsMatch(text) ? collapsed.Where(m => m.Char != ' ').ToList() : collapsed;
    }

    /// <summary>The width at which the PDF wrapped lines: most lines of a wrapped document end near it.</summary>
    private static double WrapWidth(List<List<Mapped>> lines)
    {
        if (lines.Count == 0) return double.MaxValue;
        var widths = lines.Select(Width).Order().ToList();
        return widths[(int)(widths.Count * 0.9)];
    }

    /// <summary>Printed width: a Chinese character is one em, an ASCII character about half.</summary>
    private static double Width(List<Mapped> line) => line.Sum(m => m.Char < 128 ? 0.5 : 1.0);

    /// <summary>Does the next line continue the paragraph gathered so far?</summary>
    private static bool Continues(List<Mapped> paragraph, List<Mapped> lastLine, List<Mapped> next, double wrapWidth)
    {
        var last = new string(paragraph.Select(m => m.Char).ToArray());
        var line = new string(next.Select(m => m.Char).ToArray());
        if (EndsSentence().IsMatch(last) || HeadingMarker().IsMatch(line)) return false;
        // A table row written as text ("2 | 新增托位1140个 | 新增托位1155个 |") is a line of its own.
        if (TableRowEnd().IsMatch(last)) return false;
        // Front matter (issuer, document number, date, title, 此件主动公开) is a line of its own however short the document.
        if (last.Length <= 40 && FrontMatter().IsMatch(last)) return false;
        if (line.Length <= 3) return true; // a stray 1–3 character line is the tail of a wrapped one ("局")

        // A line that stops short of the wrap width and holds no sentence is a heading, title, date or signature.
        // The last physical line decides: a wrapped heading's short tail ends the heading.
        var standsAlone = Width(lastLine) < wrapWidth * 0.9
                          && !InnerSentenceEnd().IsMatch(last)
                          && (HeadingMarker().IsMatch(last) || !last.Contains('，'));
        return !standsAlone;
    }

    private static bool NeedsSpace(char before, char after) =>
        char.IsAsciiLetterOrDigit(before) || char.IsAsciiLetterOrDigit(after) || before == '%';

    [GeneratedRegex(@"^(\S )+\S$")]
    private static partial Regex SpacedHeading();

    [GeneratedRegex(@"[。；！？：:;!?…]\s*[”’」』）)]?$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"^(?:(?:上海市)?\p{IsCJKUnifiedIdeographs}{0,6}民政局(?:办公室)?|\p{IsCJKUnifiedIdeographs}{1,8}\s*[〔\[【]\s*\d{4}\s*[〕\]】]\s*\d+\s*号|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发)?|.*(?:工作要点|任务分解|工作总结|的通知)》?|[（(]此件[^）)]*[）)])$")]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"[|｜]\s*$")]
    private static partial Regex TableRowEnd();

    [GeneratedRegex(@"[。；！？]")]
    private static partial Regex InnerSentenceEnd();

    [GeneratedRegex(@"^(?:[*·•●▪]\s*|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[\.、．]\s*(?!\d)|[一二三四五六七八九十]+是|第[一二三四五六七八九十\d]+[章节条部分])")]
    private static partial Regex HeadingMarker();
}
