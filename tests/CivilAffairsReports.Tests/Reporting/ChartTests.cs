using System.Xml.Linq;
using CivilAffairsReports.Analysis;
using CivilAffairsReports.Reporting.Charts;
using CivilAffairsReports.Tests.Support;
using SkiaSharp;

namespace CivilAffairsReports.Tests.Reporting;

/// <summary>The charts drawn from the seeds' analysis, read back: the SVG's text and colours, the PNG's pixels.</summary>
public sealed class ChartTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private readonly AnalysisResult _analysis;
    private readonly IReadOnlyList<ChartSpec> _charts;

    public ChartTests()
    {
        _analysis = SeedWarehouse.LoadAndAnalyse(_folder.File("w.duckdb"), RepositoryPaths.Seeds);
        _charts = ChartFactory.All(_analysis);
    }

    private ChartSpec Chart(string id) => _charts.Single(c => c.Id == id);

    private static XDocument Svg(ChartSpec chart) => XDocument.Parse(chart.Svg);

    /// <summary>Every text of an SVG, whitespace removed (Skia writes glyph runs on indented lines).</summary>
    private static List<string> Texts(ChartSpec chart) =>
        Svg(chart).Descendants().Where(e => e.Name.LocalName == "text").Select(e => string.Concat(e.Value.Where(c => !char.IsWhiteSpace(c)))).ToList();

    private static string Hex(ScottPlot.Color color) => "#" + color.ToHex()[1..7].ToUpperInvariant();

    [Fact]
    public void The_seeds_draw_four_charts_and_no_empty_progress_chart()
    {
        Assert.Equal(["shares-by-indicator", "district-indicator-shares", "rate-comparison", "goals-vs-previous-year"], _charts.Select(c => c.Id));
    }

    [Fact]
    public void The_stacked_shares_name_every_district_and_goal_and_label_the_segments_in_the_cjk_font()
    {
        var chart = Chart("shares-by-indicator");
        var texts = Texts(chart);
        foreach (var district in new[] { "普陀区", "松江区", "金山区", "青浦区" }) Assert.Contains(district, texts);
        Assert.Contains("社区综合为老服务中心", texts);
        Assert.Contains("13.3%", texts);   // 乡村长者照护之家: 松江 and 青浦 each carry 13.3% of the city's goal
        Assert.Contains("3.3%", texts);    // 青浦's 1 of the city's 30 community centres
        Assert.DoesNotContain(chart.Svg, c => c is >= '\u2E80' and <= '\u2FDF'); // 金, not the radical ⾦ that shares its glyph
        // Skia writes the face's fontconfig names as a list ("WenQuanYi Zen Hei, 文泉驛正黑, …"): the first is the chart font.
        var fonts = Svg(chart).Descendants().Where(e => e.Name.LocalName == "text")
            .Select(e => ((string?)e.Attribute("font-family"))?.Split(',')[0].Trim()).Distinct();
        Assert.Equal([ChartFont.Family], fonts);
    }

    [Fact]
    public void A_district_has_the_same_colour_in_every_chart_whichever_districts_are_present()
    {
        var qingpu = Hex(DistrictColors.For("310118", "青浦区"));
        Assert.Contains($"fill=\"{qingpu}\"", Chart("shares-by-indicator").Svg);
        Assert.Contains($"fill=\"{qingpu}\"", Chart("rate-comparison").Svg);  // 普陀 has no rate target: the rate chart has one district fewer
        var shanghai = new[] { "310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112",
                               "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151" };
        Assert.Equal(16, shanghai.Select(code => DistrictColors.For(code, "")).Distinct().Count());
    }

    [Fact]
    public void The_cities_of_a_province_and_twenty_provinces_never_share_a_colour()
    {
        // Prefecture codes all end in 00: taken whole they fell on one colour, and a province's chart was one brown.
        foreach (var province in CivilAffairsReports.Documents.Regions.All.Where(r => r.Level == "province"))
        {
            var cities = CivilAffairsReports.Documents.Regions.Children(province.Code).Where(r => r.Level == "prefecture").ToList();
            if (cities.Count is 0 or > 20) continue;
            Assert.Equal(cities.Count, cities.Select(c => DistrictColors.For(c.Code, c.Name)).Distinct().Count());
        }
        var provinces = CivilAffairsReports.Documents.Regions.All.Where(r => r.Level == "province").Take(20).ToList();
        Assert.Equal(20, provinces.Select(p => DistrictColors.For(p.Code, p.Name)).Distinct().Count());
    }

    [Fact]
    public void The_heatmap_carries_its_cells_districts_and_legend()
    {
        var texts = Texts(Chart("district-indicator-shares"));
        Assert.Contains("18.8%", texts);   // 普陀's 重残养护床位
        Assert.Contains("青浦区", texts);
        Assert.Contains("占市级目标的比例（颜色越深占比越高）", texts);
    }

    [Fact]
    public void The_rate_chart_shows_the_citys_line_and_last_years_chart_the_ratio()
    {
        var rates = Texts(Chart("rate-comparison"));
        Assert.Contains("全市85%", rates);
        Assert.Contains("95%", rates);
        Assert.Contains("全市目标", rates);
        Assert.Contains(Texts(Chart("goals-vs-previous-year")), t => t.StartsWith("68.4%（3,000/4,385张）"));
    }

    [Fact]
    public void The_progress_trend_is_drawn_when_districts_report()
    {
        var reported = _analysis with
        {
            Progress = new ProgressResult("2025-06", [], [],
            [
                new ProgressTrendPoint("青浦区", "310118", "2025-05", 0.35, 3), new ProgressTrendPoint("青浦区", "310118", "2025-06", 0.52, 4),
                new ProgressTrendPoint("松江区", "310117", "2025-06", 0.417, 2),
            ]),
        };
        var texts = Texts(ChartFactory.ProgressTrend(reported)!);
        Assert.Contains("序时进度", texts);
        Assert.Contains("52.0%", texts);
        Assert.Contains("41.7%", texts);
        Assert.Contains("2025-05", texts);
    }

    [Fact]
    public void The_png_is_the_same_chart_at_twice_the_size_with_each_districts_colour_drawn()
    {
        var chart = Chart("shares-by-indicator");
        using var bitmap = SKBitmap.Decode(chart.Png);
        Assert.Equal(chart.Width * 2, bitmap.Width);
        Assert.Equal(chart.Height * 2, bitmap.Height);
        var pixels = bitmap.Pixels;
        foreach (var (code, name) in new[] { ("310107", "普陀区"), ("310117", "松江区"), ("310116", "金山区"), ("310118", "青浦区") })
        {
            var color = DistrictColors.For(code, name);
            var drawn = pixels.Count(p => p.Red == color.R && p.Green == color.G && p.Blue == color.B);
            Assert.True(drawn > 2_000, $"{name}: {drawn} pixels of its colour");
        }
        Assert.True(pixels.Count(p => p.Red < 80 && p.Green < 80 && p.Blue < 80) > 2_000, "dark pixels: axis labels in the CJK font");
    }

    [Fact]
    public void Inlined_svg_scales_to_its_column_and_its_ids_cannot_collide_with_another_charts()
    {
        var inline = Chart("shares-by-indicator").InlineSvg("caption <b>");
        Assert.Contains("viewBox=\"0 0 720 ", inline);
        Assert.Contains("aria-label=\"caption &lt;b&gt;\"", inline);
        var svg = XDocument.Parse(inline);
        Assert.Null(svg.Root!.Attribute("width"));   // sized by its column, not fixed pixels
        var ids = svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("shares-by-indicator-", id));
    }

    [Fact]
    public void No_cjk_font_is_a_missing_dependency_named_in_chinese()
    {
        var e = Assert.Throws<ChartFontNotFoundException>(() => ChartFont.Choose(["DejaVu Sans", "Liberation Serif"]));
        Assert.Contains("未找到中文字体", e.Message);
        Assert.IsAssignableFrom<CivilAffairsReports.Reporting.MissingDependencyException>(e);
    }

    public void Dispose() => _folder.Dispose();
}
