using SkiaSharp;

namespace CivilAffairsReports.Reporting.Charts;

internal sealed class ChartFontNotFoundException(string message) : MissingDependencyException(message);

/// <summary>
/// The CJK family the charts are drawn in, found among the installed fonts. It must be named explicitly:
/// Skia's default typeface has no Chinese glyphs, so labels would come out as tofu boxes.
/// </summary>
internal static class ChartFont
{
    /// <summary>
    /// Sans-serif (黑体-like) faces first, as chart labels are; TrueType faces before OpenType/CFF ones, since the
    /// charts are inlined as SVG text and Chromium embeds a CFF face in the PDF as slow, large Type 3 fonts.
    /// </summary>
    private static readonly string[] Preferred =
    [
        "WenQuanYi Zen Hei", "Microsoft YaHei", "微软雅黑", "SimHei", "黑体", "PingFang SC", "Heiti SC", "WenQuanYi Micro Hei",
        "Noto Sans CJK SC", "Source Han Sans SC", "Noto Serif CJK SC",
    ];

    private static readonly Lazy<string> Installed = new(() => Choose(SKFontManager.Default.FontFamilies));

    /// <summary>The family to draw charts in; throws <see cref="ChartFontNotFoundException"/> when none is installed.</summary>
    public static string Family => Installed.Value;

    private static readonly Lazy<float> Drop = new(() => MeasureDrop(Family));

    /// <summary>
    /// How far, in ems, middle-aligned text must move down for the ink of Chinese glyphs to sit on its centre line.
    /// ScottPlot centres by the font's line metrics: Noto CJK's tall ascender leaves the glyphs 0.7 em too high,
    /// WenQuanYi Zen Hei's none. Measured once by drawing, so any installed face is centred.
    /// </summary>
    public static float CentringDrop => Drop.Value;

    /// <summary>
    /// Finds the face, measures its drop and maps its shared glyphs now, on the thread pool: the first chart of a run
    /// would otherwise wait about 0.2 s for them. A failure (no CJK face) is reported by the first chart drawn.
    /// </summary>
    public static void LoadInBackground() => Task.Run(() =>
    {
        try
        {
            _ = RadicalsToIdeographs.Value;
            _ = CentringDrop;
        }
        catch (ChartFontNotFoundException) { }
    });

    private static float MeasureDrop(string family)
    {
        const int size = 40, canvas = 400;
        var plot = new ScottPlot.Plot();
        plot.Axes.SetLimits(-1, 1, -1, 1);
        var probe = plot.Add.Text("中国民政", 0, 0);
        probe.LabelFontName = family;
        probe.LabelFontSize = size;
        probe.LabelFontColor = ScottPlot.Colors.Black;
        probe.Alignment = ScottPlot.Alignment.MiddleCenter;
        plot.HideGrid();
        plot.Layout.Frameless();
        using var bitmap = SKBitmap.Decode(plot.GetImage(canvas, canvas).GetImageBytes(ScottPlot.ImageFormat.Png));
        int top = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
            if (bitmap.GetPixel(x, y) is { Red: < 100, Green: < 100, Blue: < 100 })
            {
                if (top < 0) top = y;
                bottom = y;
            }
        if (top < 0) return 0;
        var drop = (canvas / 2f - (top + bottom) / 2f) / size;
        return MathF.Round(drop * 20) / 20; // to 0.05 em: the same drawing on every run
    }

    private static readonly Lazy<IReadOnlyDictionary<char, char>> RadicalsToIdeographs = new(() => SharedGlyphs(Family));

    /// <summary>
    /// Puts back the characters of an SVG's text. Skia writes each glyph's text from the font's glyph-to-Unicode
    /// map, and CJK fonts share one glyph between an ideograph and its radical (金 U+91D1 and ⾦ U+2FA6), so the SVG
    /// said "⾦⼭区" where the chart drew 金山区: right on screen, wrong when searched, copied or read back from the PDF.
    /// </summary>
    public static string RepairSvgText(string svg)
    {
        var map = RadicalsToIdeographs.Value;
        return string.Create(svg.Length, svg, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = map.TryGetValue(source[i], out var ideograph) ? ideograph : source[i];
        });
    }

    /// <summary>Radicals (U+2E80–U+2FDF) that the font draws with the glyph of a unified ideograph (U+4E00–U+9FFF).</summary>
    private static Dictionary<char, char> SharedGlyphs(string family)
    {
        using var typeface = SKFontManager.Default.MatchFamily(family);
        using var font = new SKFont(typeface);
        var ideographs = Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(c => (char)c).ToArray();
        var glyphs = font.GetGlyphs(new string(ideographs));
        var byGlyph = new Dictionary<ushort, char>();
        for (var i = 0; i < glyphs.Length; i++)
            if (glyphs[i] != 0) byGlyph.TryAdd(glyphs[i], ideographs[i]);
        var radicals = Enumerable.Range(0x2E80, 0x2FDF - 0x2E80 + 1).Select(c => (char)c).ToArray();
        var radicalGlyphs = font.GetGlyphs(new string(radicals));
        var map = new Dictionary<char, char>();
        for (var i = 0; i < radicals.Length; i++)
            if (radicalGlyphs[i] != 0 && byGlyph.TryGetValue(radicalGlyphs[i], out var ideograph)) map[radicals[i]] = ideograph;
        return map;
    }

    /// <summary>The first preferred family present that really has the glyphs of a district name.</summary>
    internal static string Choose(IEnumerable<string> families)
    {
        var installed = families.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var family in Preferred.Where(installed.Contains))
        {
            using var typeface = SKFontManager.Default.MatchFamily(family);
            if (typeface is not null && typeface.ContainsGlyphs("青浦区")) return typeface.FamilyName;
        }
        throw new ChartFontNotFoundException(OperatingSystem.IsWindows()
            ? "未找到中文字体（微软雅黑 Microsoft YaHei 或 黑体 SimHei），图表中的中文将无法显示。请安装其中之一后再运行。 (no Chinese font found)"
            : "未找到中文字体（文泉驿正黑 WenQuanYi Zen Hei 或 Noto Sans CJK SC），图表中的中文将无法显示。请运行：sudo apt-get install -y fonts-wqy-zenhei fonts-noto-cjk 后再试。 (no Chinese font found)");
    }
}
