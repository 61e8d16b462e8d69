using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CivilAffairsReports.Documents;

/// <summary>
/// A PDF's text layer (PdfPig), line by line in reading order: letters grouped by baseline, Kangxi and supplement
/// radicals folded to the ideographs they stand for, running headers, footers and page numbers dropped, columns of
/// a table kept as the cells of one row. A PDF without a text layer is an error saying it needs OCR.
/// </summary>
internal static partial class PdfTextReader
{
    /// <summary>One printed line: its text (table cells separated by tabs) and where it stands on the page.</summary>
    private sealed record PdfLine(string Text, IReadOnlyList<string> Cells, double Baseline, double Left, double Right, double Em, double FirstTokenWidth);

    public static ExtractedText Read(string fileName, byte[] bytes)
    {
        List<List<PdfLine>> pages;
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            pages = pdf.GetPages().Select(Lines).ToList();
        }
        catch (Exception e) when (e is not DocumentReadException)
        {
            throw new DocumentReadException(fileName, $"PDF 文件无法解析（可能已损坏或加密）：{e.Message}");
        }
        if (pages.All(p => p.Count == 0))
            throw new DocumentReadException(fileName,
                $"PDF 没有文字层（共 {pages.Count} 页，可能是扫描件或图片），需要先做文字识别（OCR）再放入输入文件夹 (no text layer: needs OCR)");

        var furniture = RunningLines(pages);
        var body = pages.Select(page => page.Where(l => !IsFurniture(l, page, furniture)).ToList()).ToList();
        var margins = Margins(body);
        var builder = new ExtractedTextBuilder("pdf", tracksPages: true);
        PdfLine? previous = null;
        for (var p = 0; p < body.Count; p++)
        {
            builder.Page = p + 1;
            var rows = new List<IReadOnlyList<string>>();
            foreach (var line in body[p])
            {
                if (line.Cells.Count >= 3) { rows.Add(line.Cells); previous = null; continue; }
                if (rows.Count > 0) { FlushTable(builder, rows, p + 1); rows = []; }
                if (previous is not null && margins is { } m && Wraps(previous, line, m)) builder.ContinueLine(line.Text);
                else builder.AppendLine(line.Text);
                previous = line;
            }
            if (rows.Count > 0) FlushTable(builder, rows, p + 1);
        }
        return builder.Build();
    }

    /// <summary>
    /// Where paragraphs start and lines wrap, when the layout says so: the body's left edge, the right edge most full
    /// lines reach, and paragraphs that open indented (首行缩进) — without indented openings, the normaliser decides.
    /// </summary>
    private static (double Left, double Right)? Margins(List<List<PdfLine>> pages)
    {
        var lines = pages.SelectMany(p => p).Where(l => l.Cells.Count == 1 && l.Text.Length >= 4).ToList();
        if (lines.Count < 4) return null;
        var left = lines.Min(l => l.Left);
        var right = lines.Select(l => l.Right).Order().ElementAt(lines.Count * 9 / 10);
        var indented = lines.Count(l => l.Left >= left + 1.5 * l.Em && l.Left <= left + 2.5 * l.Em);
        var flush = lines.Count(l => l.Left <= left + 0.3 * l.Em);
        return indented >= 2 && flush >= 2 ? (left, right) : null;
    }

    /// <summary>
    /// This line starts flush left (paragraphs open indented) and its first word would not have fitted at the end of
    /// the line before: one paragraph wrapped by layout, whatever punctuation the line before ended with.
    /// </summary>
    private static bool Wraps(PdfLine previous, PdfLine line, (double Left, double Right) margins) =>
        previous.Cells.Count == 1 && line.Cells.Count == 1
        && line.Left <= margins.Left + 0.3 * line.Em
        && margins.Right - previous.Right < line.FirstTokenWidth + 0.5 * line.Em;

    /// <summary>Two or more aligned rows of three or more cells are a table; a single such line is just text.</summary>
    private static void FlushTable(ExtractedTextBuilder builder, List<IReadOnlyList<string>> rows, int page)
    {
        if (rows.Count >= 2) builder.AppendTable(rows, page);
        else builder.AppendLine(string.Join('\t', rows[0]));
    }

    private static List<PdfLine> Lines(Page page)
    {
        var letters = page.Letters.Where(l => l.Value.Length > 0).ToList();
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is not null && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= 0.3 * Size(current[0]))
                current.Add(letter);
            else lines.Add([letter]);
        }
        return lines.Select(ToLine).Where(l => l.Text.Length > 0).ToList();
    }

    /// <summary>
    /// Letters of one baseline, left to right. A space glyph or a gap of a third of an em next to a Latin letter or
    /// digit is a space; a gap of an em or more (cell padding and rules) separates table columns.
    /// </summary>
    private static PdfLine ToLine(List<Letter> line)
    {
        line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var cells = new List<string>();
        var cell = new StringBuilder();
        Letter? previous = null;
        var pendingSpace = false;
        foreach (var letter in line)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) { pendingSpace = cell.Length > 0; continue; }
            var value = CjkRadicals.FoldPdf(letter.Value);
            if (previous is not null)
            {
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                var size = Size(letter);
                if (gap >= size && cell.Length > 0) { cells.Add(cell.ToString().Trim()); cell.Clear(); pendingSpace = false; }
                else if (pendingSpace || gap > size / 3 && (IsLatin(previous.Value) || IsLatin(value))) cell.Append(' ');
            }
            pendingSpace = false;
            cell.Append(value);
            previous = letter;
        }
        if (cell.Length > 0) cells.Add(cell.ToString().Trim());
        var visible = line.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (visible.Count == 0) return new PdfLine("", [], 0, 0, 0, 1, 0);
        // An em is the advance of an ideograph (Type 3 fonts from Chromium report no useful point size).
        var ideographs = visible.Where(l => l.Value[0] >= 0x2E80).Select(Advance).Where(w => w > 0).Order().ToList();
        var em = ideographs.Count > 0 ? ideographs[ideographs.Count / 2] : visible.Max(Size);
        return new PdfLine(string.Join('\t', cells), cells, line[0].StartBaseLine.Y, visible[0].StartBaseLine.X, visible[^1].EndBaseLine.X,
            em, FirstTokenWidth(visible));
    }

    private static double Advance(Letter l) => l.EndBaseLine.X - l.StartBaseLine.X;

    /// <summary>
    /// The width of what a line breaker would have had to fit at the end of the line before: a run of Latin letters
    /// and digits, or one character with the punctuation that may not open a line (，。、 …) glued to it.
    /// </summary>
    private static double FirstTokenWidth(List<Letter> visible)
    {
        var end = 1;
        if (IsLatin(visible[0].Value) && char.IsAsciiLetterOrDigit(visible[0].Value[0]))
            while (end < visible.Count && visible[end].Value is [var c, ..] && (char.IsAsciiLetterOrDigit(c) || c is '.' or '%')) end++;
        while (end < visible.Count && NoLineStart.Contains(visible[end].Value[0])) end++;
        return visible[end - 1].EndBaseLine.X - visible[0].StartBaseLine.X;
    }

    private const string NoLineStart = "，。、；：？！”’）》」』】〕…%,.;:?!)";

    private static bool IsLatin(string s) => s.Length > 0 && s[^1] < 0x2E80;

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.GlyphRectangle.Height, 1);

    /// <summary>Lines among the top two and bottom two of a page that recur (digits aside) on most pages: running headers and footers.</summary>
    private static HashSet<string> RunningLines(List<List<PdfLine>> pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
            foreach (var key in EdgeLines(page).Select(Key).Distinct())
                counts[key] = counts.GetValueOrDefault(key) + 1;
        var needed = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.6));
        return pages.Count < 2 ? [] : counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet();
    }

    private static IEnumerable<PdfLine> EdgeLines(List<PdfLine> page) =>
        page.Count <= 4 ? page : page.Take(2).Concat(page.TakeLast(2));

    private static bool IsFurniture(PdfLine line, List<PdfLine> page, HashSet<string> running)
    {
        if (!EdgeLines(page).Contains(line)) return false;
        var compact = line.Text.Replace(" ", "").Replace("\t", "");
        return PageNumber().IsMatch(compact) || running.Contains(Key(line));
    }

    private static string Key(PdfLine line) => Digits().Replace(line.Text.Replace(" ", "").Replace("\t", ""), "#");

    [GeneratedRegex(@"^(?:[—\-–－―~·]*\d+[—\-–－―~·]*|第\d+页(?:[,，/／]?共\d+页)?|共\d+页[,，]?第\d+页|\d+[/／]\d+|(?i:page)\d+(?:(?i:of)\d+)?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
