using System.Text.RegularExpressions;

namespace CivilAffairsReports.Reporting.Charts;

/// <summary>
/// A chart drawn once for the edition: an id (file-name safe), a caption, its size in CSS pixels, the SVG
/// (inlined in the pages, so the same HTML prints to PDF) and a PNG at twice the size (for slides).
/// </summary>
/// <param name="PngDrawing">the PNG, drawn on another core while the pages are written and printed (only the chart files need it)</param>
internal sealed partial record ChartSpec(string Id, string Title, int Width, int Height, string Svg, Task<byte[]> PngDrawing)
{
    public byte[] Png => PngDrawing.GetAwaiter().GetResult();

    /// <summary>
    /// The SVG for a page that holds several charts: its ids (clip paths) prefixed with the chart's id so they
    /// cannot collide, and its fixed size turned into a viewBox so it scales to the column it sits in.
    /// </summary>
    public string InlineSvg(string ariaLabel)
    {
        var prefix = Id + "-";
        var svg = IdAttribute().Replace(Svg, m => $"id=\"{prefix}{m.Groups[1].Value}\"");
        svg = IdReference().Replace(svg, m => $"{m.Groups[1].Value}#{prefix}{m.Groups[2].Value}");
        return SizeAttributes().Replace(svg,
            $"<svg$1 viewBox=\"0 0 {Width} {Height}\" class=\"chart-svg\" role=\"img\" aria-label=\"{Format.Html(ariaLabel)}\"", 1);
    }

    /// <summary>
    /// The SVG with its ids (clip paths) numbered from one in the order they appear. Skia numbers them with a counter
    /// that runs for the whole process, so the same chart drawn after another came out with other ids: its page
    /// differed from run to run (printed again, and a taken chart would differ from a drawn one).
    /// </summary>
    public static string NumberIdsInOrder(string svg)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        string Number(string id) => numbers.TryGetValue(id, out var n) ? n : numbers[id] = $"c{numbers.Count + 1}";
        svg = IdAttribute().Replace(svg, m => $"id=\"{Number(m.Groups[1].Value)}\"");
        return IdReference().Replace(svg, m => $"{m.Groups[1].Value}#{Number(m.Groups[2].Value)}");
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    /// <summary>A reference to an id: url(#id) in a clip path, href="#id" where an image (the colour bar) is used.</summary>
    [GeneratedRegex(@"(url\(|href="")#([^)""]+)")]
    private static partial Regex IdReference();

    [GeneratedRegex("<svg([^>]*?) width=\"[0-9.]+\" height=\"[0-9.]+\"")]
    private static partial Regex SizeAttributes();
}
