using System.Text;

namespace CivilAffairsReports.Corpus;

/// <summary>
/// What happens to a plan between the bureau's Word file and the text the batch reads: PDF extraction's hard
/// line breaks and blank lines, a heading spaced out character by character, Windows line ends, and the
/// encodings bureaus save in (UTF-8 with and without BOM, UTF-16 both ways, GB18030).
/// </summary>
internal static class DocumentDamage
{
    static DocumentDamage() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text as a file would hold it; pdfLike wraps body paragraphs and spaces the issuer line.</summary>
    public static string Render(ComposedDocument document, bool pdfLike, Random random)
    {
        var text = new StringBuilder();
        var width = random.Next(26, 36);
        var first = true;
        foreach (var (paragraph, isBody) in document.Paragraphs)
        {
            if (pdfLike && first)
                text.Append(' ').Append(string.Join(' ', paragraph.ToCharArray())).Append(" \n \n");
            else if (pdfLike && isBody)
                foreach (var line in Wrap(paragraph, width))
                    text.Append(line).Append(random.Next(4) == 0 ? " \n\n" : " \n");
            else
                text.Append(paragraph).Append(pdfLike ? " \n \n" : "\n\n");
            first = false;
        }
        return text.ToString();
    }

    /// <summary>Breaks a paragraph at a printed width, never inside a number (PDF lines break between glyph runs).</summary>
    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var start = 0;
        while (start < paragraph.Length)
        {
            var end = start;
            double used = 0;
            while (end < paragraph.Length && used < width) { used += paragraph[end] < 128 ? 0.5 : 1; end++; }
            while (end < paragraph.Length && end > start + 1 && InsideNumber(paragraph, end)) end--;
            yield return paragraph[start..end];
            start = end;
        }
    }

    private static bool InsideNumber(string text, int breakAt) => IsNumberChar(text[breakAt - 1]) && IsNumberChar(text[breakAt]);

    private static bool IsNumberChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or ',' or '%' or '-' or '+' or '．' or '％' || c is >= '０' and <= '９';

    public static readonly string[] EncodingNames = ["utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16be"];

    /// <summary>Half the files plain UTF-8, the rest spread over what bureaus' editors save.</summary>
    public static string ChooseEncoding(Random random) => random.Next(100) switch
    {
        < 50 => "utf-8",
        < 70 => "utf-8-bom",
        < 85 => "gb18030",
        < 95 => "utf-16le",
        _ => "utf-16be",
    };

    public static byte[] Encode(string text, string encodingName) => encodingName switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. new UTF8Encoding(false).GetBytes(text)],
        "gb18030" => Encoding.GetEncoding(54936).GetBytes(text),
        "utf-16le" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encodingName), encodingName, null),
    };
}
