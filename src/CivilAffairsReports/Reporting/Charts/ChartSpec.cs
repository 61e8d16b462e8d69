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
        svg = IdReference().Replace(svg, m => $"url(#{prefix}{m.Groups[1].Value})");
        return SizeAttributes().Replace(svg,
            $"<svg$1 viewBox=\"0 0 {Width} {Height}\" class=\"chart-svg\" role=\"img\" aria-label=\"{Format.Html(ariaLabel)}\"", 1);
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex IdReference();

    [GeneratedRegex("<svg([^>]*?) width=\"[0-9.]+\" height=\"[0-9.]+\"")]
    private static partial Regex SizeAttributes();
}
