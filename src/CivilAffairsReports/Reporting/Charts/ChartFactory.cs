using System.Globalization;
using CivilAffairsReports.Analysis;
using CivilAffairsReports.Documents;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CivilAffairsReports.Reporting.Charts;

/// <summary>
/// Draws the report's charts from the analysis results with ScottPlot, once per edition: SVG for the pages
/// and the PDF, PNG for slides. A chart with nothing to show is not drawn (null).
/// </summary>
internal static class ChartFactory
{
    /// <summary>About the width of the printed type area (156 mm), so labels print near their drawn size.</summary>
    private const int Width = 720;
    private const float TickFontSize = 13;
    private const float ValueFontSize = 11;
    /// <summary>Above this many bars (children × indicators) the rate chart's bars carry no value labels.</summary>
    private const int MaxLabelledRateBars = 16;
    /// <summary>ScottPlot centres CJK text by line metrics, too high in some faces (see ChartFont.CentringDrop); labels move down by this.</summary>
    private static float LabelDrop => ValueFontSize * ChartFont.CentringDrop;
    private static readonly Color Ink = Color.FromHex("#1b1b1b");
    private static readonly Color Accent = Color.FromHex("#b22222");

    /// <summary>Every chart the edition shows, drawn in the CJK font found on this machine.</summary>
    public static IReadOnlyList<ChartSpec> All(AnalysisResult analysis) =>
        new[]
        {
            SharesByIndicator(analysis), DistrictIndicatorShares(analysis), RateComparison(analysis),
            GoalsAgainstPreviousYear(analysis), ProgressTrend(analysis),
        }.OfType<ChartSpec>().ToList();

    /// <summary>
    /// Each district's share of each municipal goal, stacked: how much of the city's goal the districts carry.
    /// The cells are the analysis's own (comparability rules applied), so the chart says what page 1's table says.
    /// </summary>
    public static ChartSpec? SharesByIndicator(AnalysisResult analysis)
    {
        var comparable = analysis.Cells.Where(c => c.Share is not null).ToList();
        var goals = analysis.Coverage
            .Where(g => comparable.Any(c => c.IndicatorId == g.IndicatorId && c.Year == g.Year && c.Measure == g.Measure && c.Unit == g.Unit))
            .OrderBy(g => g.ShareSum)
            .ToList();
        if (goals.Count == 0) return null;

        var plot = NewPlot();
        var stacked = new double[goals.Count];
        var districts = Districts(comparable.Select(c => (c.District, (string?)c.DistrictCode))).ToList();
        foreach (var district in districts)
        {
            var bars = new List<Bar>();
            foreach (var (goal, row) in goals.Select((g, i) => (g, i)))
            {
                var share = comparable.FirstOrDefault(c => c.District == district.Name && c.IndicatorId == goal.IndicatorId
                                                           && c.Year == goal.Year && c.Measure == goal.Measure && c.Unit == goal.Unit)?.Share;
                if (share is null) continue;
                var percent = share.Value * 100;
                bars.Add(new Bar
                {
                    Position = row, ValueBase = stacked[row], Value = stacked[row] + percent, Size = 0.62,
                    FillColor = district.Color, LineWidth = 0, CenterLabel = true,
                    Label = percent >= 2.5 ? Format.Percent(share.Value) : "", // too narrow a segment carries no label
                });
                stacked[row] += percent;
            }
            var series = plot.Add.Bars(bars);
            series.Horizontal = true;
            series.ValueLabelStyle.ForeColor = Colors.White;
            series.ValueLabelStyle.FontSize = ValueFontSize;
            series.ValueLabelStyle.OffsetY = LabelDrop;
        }
        CategoryTicks(plot.Axes.Left, goals.Select(g => g.IndicatorName));
        PercentTicks(plot.Axes.Bottom);
        plot.Axes.SetLimitsX(0, Math.Max(10, stacked.Max() * 1.04));
        plot.Axes.SetLimitsY(-0.6, goals.Count - 0.4);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        LegendOnTop(plot, districts.Select(Swatch));
        var words = Words(analysis);
        return Render(plot, "shares-by-indicator", $"{words.Each}目标占{words.Own}目标的比例（仅口径与单位一致者）", Math.Max(260, 70 + goals.Count * 34));
    }

    /// <summary>District × indicator: each cell a district's share of the municipal goal; blank where not comparable.</summary>
    public static ChartSpec? DistrictIndicatorShares(AnalysisResult analysis)
    {
        var comparable = analysis.Shares.Where(s => s.Share is not null).ToList();
        if (comparable.Count == 0) return null;
        var districts = Districts(analysis.Shares.Select(s => (s.District, s.DistrictCode))).ToList();
        var indicators = comparable.Select(s => s.IndicatorName).Distinct().ToList();

        // Row 0 of the intensities is drawn at the top: the first indicator heads the chart, as in the tables.
        var cells = new double[indicators.Count, districts.Count];
        for (var row = 0; row < indicators.Count; row++)
        for (var column = 0; column < districts.Count; column++)
            cells[row, column] = double.NaN;
        foreach (var share in comparable)
            cells[indicators.IndexOf(share.IndicatorName), districts.FindIndex(d => d.Name == share.District)] = share.Share!.Value * 100;
        var highest = Math.Max(5, Math.Ceiling(comparable.Max(s => s.Share!.Value * 100)));

        var plot = NewPlot();
        // The heatmap only carries the colour scale for the legend; the cells are drawn as rectangles, one per
        // district and indicator, so each sits exactly on its row and column.
        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new ScottPlot.Colormaps.CustomInterpolated([Color.FromHex("#fdf2e9"), Accent]);
        heatmap.ManualRange = new ScottPlot.Range(0, highest);
        heatmap.Opacity = 0; // drawn transparent: a hidden heatmap leaves its colour bar empty
        for (var row = 0; row < indicators.Count; row++)
        for (var column = 0; column < districts.Count; column++)
        {
            var y = indicators.Count - 1 - row;
            var cell = plot.Add.Rectangle(column - 0.5, column + 0.5, y - 0.5, y + 0.5);
            cell.FillColor = double.IsNaN(cells[row, column]) ? Color.FromHex("#f4f4f4") : heatmap.Colormap.GetColor(cells[row, column] / highest);
            cell.LineColor = Colors.White;
            cell.LineWidth = 1;
        }
        foreach (var share in comparable)
        {
            var percent = share.Share!.Value * 100;
            var label = plot.Add.Text(Format.Percent(share.Share.Value),
                districts.FindIndex(d => d.Name == share.District), indicators.Count - 1 - indicators.IndexOf(share.IndicatorName));
            label.Alignment = Alignment.MiddleCenter;
            label.LabelFontSize = ValueFontSize;
            label.OffsetY = LabelDrop;
            label.LabelFontColor = percent > highest * 0.55 ? Colors.White : Ink;
        }
        var legend = plot.Add.ColorBar(heatmap, Edge.Bottom);
        var words = Words(analysis);
        legend.Label = $"占{words.Own}目标的比例（颜色越深占比越高）";
        legend.LabelStyle.FontSize = ValueFontSize;
        legend.Axis.TickLabelStyle.FontSize = ValueFontSize;
        legend.Axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("0.#", CultureInfo.InvariantCulture) + "%" };
        legend.Width = 14;

        CategoryTicks(plot.Axes.Left, indicators.AsEnumerable().Reverse());
        CategoryTicks(plot.Axes.Bottom, districts.Select(d => d.Name));
        plot.Axes.SetLimits(-0.5, districts.Count - 0.5, -0.5, indicators.Count - 0.5);
        plot.HideGrid();
        plot.Axes.Bottom.TickLabelStyle.OffsetY = 4; // clear of the last row of cells
        return Render(plot, "district-indicator-shares", $"分{words.Unit}分指标：{words.Each}目标占{words.Own}目标的比例（空格为不可比或未量化）",
            Math.Max(280, 130 + indicators.Count * 30));
    }

    /// <summary>District rate targets beside the municipal target, drawn as a line across each indicator's bars.</summary>
    public static ChartSpec? RateComparison(AnalysisResult analysis)
    {
        if (analysis.Rates.Count == 0) return null;
        var indicators = analysis.Rates.Select(r => r.IndicatorName).Distinct().ToList();
        var districts = Districts(analysis.Rates.Select(r => (r.District, r.DistrictCode))).ToList();
        var plot = NewPlot();
        var slot = 0.7 / districts.Count;

        foreach (var (district, index) in districts.Select((d, i) => (d, i)))
        {
            var bars = new List<Bar>();
            foreach (var (name, column) in indicators.Select((n, i) => (n, i)))
            {
                var rate = analysis.Rates.FirstOrDefault(r => r.District == district.Name && r.IndicatorName == name)?.DistrictRate;
                if (rate is null) continue;
                bars.Add(new Bar
                {
                    Position = column - 0.35 + slot * (index + 0.5), Value = (double)rate.Value, Size = slot * 0.85,
                    FillColor = district.Color, LineWidth = 0,
                    // bars of many children are too narrow for their labels (the table beside the chart has the figures)
                    Label = districts.Count * indicators.Count <= MaxLabelledRateBars ? Format.Number(rate.Value) + "%" : "",
                });
            }
            var series = plot.Add.Bars(bars);
            series.ValueLabelStyle.FontSize = ValueFontSize;
        }
        var anyMunicipal = false;
        foreach (var (name, column) in indicators.Select((n, i) => (n, i)))
        {
            var municipal = analysis.Rates.FirstOrDefault(r => r.IndicatorName == name && r.MunicipalRate is not null)?.MunicipalRate;
            if (municipal is null) continue;
            var line = plot.Add.Line(column - 0.38, (double)municipal.Value, column + 0.38, (double)municipal.Value);
            line.LineColor = Ink;
            line.LineWidth = 3;
            line.MarkerSize = 0;
            anyMunicipal = true;
            var label = plot.Add.Text($"{Words(analysis).Whole} {Format.Number(municipal.Value)}%", column + 0.39, (double)municipal.Value);
            label.Alignment = Alignment.MiddleLeft;
            label.OffsetY = LabelDrop;
            label.LabelFontSize = ValueFontSize;
            label.LabelFontColor = Ink;
        }
        CategoryTicks(plot.Axes.Bottom, indicators.Select(n => Wrap(n, 9)));
        PercentTicks(plot.Axes.Left);
        plot.Axes.SetLimits(-0.5, indicators.Count - 0.5 + 0.25, 0, 120);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        var words = Words(analysis);
        LegendOnTop(plot, districts.Select(Swatch).Concat(anyMunicipal ? [LineKey($"{words.Whole}目标", Ink, LinePattern.Solid)] : []));
        return Render(plot, "rate-comparison", $"比率类目标：{words.Each}与{words.Whole}", 320);
    }

    /// <summary>Each goal as a share of what the city achieved the year before (100% = the same amount again).</summary>
    public static ChartSpec? GoalsAgainstPreviousYear(AnalysisResult analysis)
    {
        var rows = analysis.YearOnYear.Where(y => y.Ratio is not null).OrderBy(y => y.Ratio).ToList();
        if (rows.Count == 0) return null;
        var plot = NewPlot();
        var bars = plot.Add.Bars(rows.Select((r, i) => new Bar
        {
            Position = i, Value = r.Ratio!.Value * 100, Size = 0.6, FillColor = Color.FromHex("#2e86c1"), LineWidth = 0,
            Label = $"{Format.Percent(r.Ratio.Value)}（{Format.Number(r.Target)} / {Format.Number(r.PreviousActual)} {r.Unit}）",
        }).ToList());
        bars.Horizontal = true;
        bars.ValueLabelStyle.FontSize = ValueFontSize;
        bars.ValueLabelStyle.OffsetY = LabelDrop;
        var level = plot.Add.VerticalLine(100, 1.5f, Accent, LinePattern.Dashed);
        level.Text = "与上年持平";
        level.LabelOppositeAxis = true;
        level.LabelFontSize = ValueFontSize;
        level.LabelBackgroundColor = Colors.White;
        level.LabelFontColor = Accent;
        plot.Axes.Top.MinimumSize = ValueFontSize * 2.4f; // room above the plot for the line's label
        CategoryTicks(plot.Axes.Left, rows.Select(r => r.IndicatorName));
        PercentTicks(plot.Axes.Bottom);
        plot.Axes.SetLimits(0, Math.Max(120, rows.Max(r => r.Ratio!.Value) * 100 * 1.45), -0.6, rows.Count - 0.4);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return Render(plot, "goals-vs-previous-year", $"{Words(analysis).Whole}本年目标相当于上年实绩的比例（目标 / 上年实绩，仅计数类指标）",
            Math.Max(200, 80 + rows.Count * 32));
    }

    /// <summary>Average completion of each district's reported targets by month, against the time elapsed.</summary>
    public static ChartSpec? ProgressTrend(AnalysisResult analysis)
    {
        var trend = analysis.Progress.Trend;
        if (trend.Count == 0) return null;
        var months = trend.Select(t => t.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        var plot = NewPlot();
        var elapsed = plot.Add.Scatter(Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray(),
            months.Select(m => int.Parse(m[5..], CultureInfo.InvariantCulture) / 12.0 * 100).ToArray(), Ink);
        elapsed.LinePattern = LinePattern.Dashed;
        var highest = elapsed.Data.GetScatterPoints().Max(p => p.Y);
        var districts = Districts(trend.Select(t => (t.District, (string?)t.DistrictCode))).ToList();
        foreach (var district in districts)
        {
            var points = months.Select((m, i) => (i, trend.FirstOrDefault(t => t.District == district.Name && t.Month == m)))
                .Where(p => p.Item2 is not null).Select(p => new Coordinates(p.i, p.Item2!.AverageCompletion * 100)).ToArray();
            var line = plot.Add.Scatter(points, district.Color);
            line.MarkerSize = 6;
            foreach (var point in points)
            {
                var label = plot.Add.Text(point.Y.ToString("0.0", CultureInfo.InvariantCulture) + "%", point.X, point.Y);
                label.Alignment = Alignment.LowerCenter;
                label.OffsetY = -4;
                label.LabelFontSize = ValueFontSize;
                label.LabelFontColor = district.Color;
                highest = Math.Max(highest, point.Y);
            }
        }
        CategoryTicks(plot.Axes.Bottom, months);
        PercentTicks(plot.Axes.Left);
        plot.Axes.SetLimits(-0.4, months.Count - 0.6, 0, Math.Max(100, highest * 1.12));
        LegendOnTop(plot, districts.Select(Swatch).Prepend(LineKey("序时进度", Ink, LinePattern.Dashed)));
        return Render(plot, "progress-trend", $"{Words(analysis).Each}已报送目标的平均完成率与序时进度", 300);
    }

    private sealed record DistrictStyle(string Name, Color Color);

    /// <summary>Districts in a stable order (by code) with their fixed colour.</summary>
    private static IEnumerable<DistrictStyle> Districts(IEnumerable<(string Name, string? Code)> districts) =>
        districts.Distinct().OrderBy(d => d.Code ?? "999999", StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new DistrictStyle(d.Name, DistrictColors.For(d.Code, d.Name)));

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Left.FrameLineStyle.Color = Color.FromHex("#888888");
        plot.Axes.Bottom.FrameLineStyle.Color = Color.FromHex("#888888");
        plot.Grid.MajorLineColor = Color.FromHex("#e3e3e3");
        plot.Axes.Left.TickLabelStyle.FontSize = TickFontSize;
        plot.Axes.Left.TickLabelStyle.OffsetY = TickFontSize * ChartFont.CentringDrop * 0.8f; // see LabelDrop: level with the bar or line it names
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickFontSize;
        plot.Axes.Left.TickLabelStyle.ForeColor = Ink;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = Ink;
        return plot;
    }

    private static void CategoryTicks(IAxis axis, IEnumerable<string> labels)
    {
        var names = labels.ToArray();
        axis.SetTicks(Enumerable.Range(0, names.Length).Select(i => (double)i).ToArray(), names);
        axis.MajorTickStyle.Length = 0;
    }

    private static void PercentTicks(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("0.#", CultureInfo.InvariantCulture) + "%" };

    /// <summary>A legend row above the chart. Items are set by hand: ScottPlot places CJK legend text too high, so it is moved down.</summary>
    private static void LegendOnTop(Plot plot, IEnumerable<LegendItem> items)
    {
        plot.ShowLegend(Edge.Top);
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        foreach (var item in items)
        {
            item.LabelStyle.FontName = ChartFont.Family;
            item.LabelStyle.FontSize = TickFontSize;
            item.LabelStyle.ForeColor = Ink;
            item.LabelStyle.OffsetY = TickFontSize * ChartFont.CentringDrop; // see LabelDrop
            plot.Legend.ManualItems.Add(item);
        }
    }

    private static LegendItem Swatch(DistrictStyle district) => new() { LabelText = district.Name, FillColor = district.Color };

    private static LegendItem LineKey(string label, Color color, LinePattern pattern) =>
        new() { LabelText = label, LineColor = color, LineWidth = 3, LinePattern = pattern };

    /// <summary>Breaks a long category name over lines of at most <paramref name="width"/> characters.</summary>
    private static string Wrap(string text, int width) =>
        string.Join("\n", Enumerable.Range(0, (text.Length + width - 1) / width).Select(i => text.Substring(i * width, Math.Min(width, text.Length - i * width))));

    /// <summary>The charts are drawn from one parent's rows (or the edition's, with one parent): its children name it.</summary>
    internal static ChildWording Words(AnalysisResult analysis) =>
        ChildWording.For(analysis.Regions.Select(r => r.ParentCode).Distinct().Count() == 1 ? analysis.Regions[0].ParentCode : null);

    /// <summary>The SVG now, for the pages; the PNG on the thread pool, since nothing printed waits for it.</summary>
    private static ChartSpec Render(Plot plot, string id, string title, int height)
    {
        string svg;
        try
        {
            svg = plot.GetSvgXml(Width, height);
        }
        catch
        {
            plot.Dispose();
            throw;
        }
        svg = ChartSpec.NumberIdsInOrder(ChartFont.RepairSvgText(svg[svg.IndexOf("<svg", StringComparison.Ordinal)..])); // no XML declaration: inlined in HTML too
        var png = Task.Run(() =>
        {
            using (plot)
            {
                plot.ScaleFactor = 2;
                return plot.GetImageBytes(Width * 2, height * 2, ImageFormat.Png);
            }
        });
        return new ChartSpec(id, title, Width, height, svg, png);
    }
}
