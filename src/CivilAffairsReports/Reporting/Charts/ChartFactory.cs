using System.Text.Json.Nodes;
using CivilAffairsReports.Analysis;

namespace CivilAffairsReports.Reporting.Charts;

/// <summary>
/// Builds the report's ECharts options from analysis results. Options are static (no animation, SVG
/// renderer chosen by the page) so the same chart prints identically in the PDF.
/// </summary>
internal static class ChartFactory
{
    private const string FontFamily = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif";
    private static readonly string[] Palette = ["#c0392b", "#2e86c1", "#28a745", "#d68910", "#7d3c98", "#17a589", "#5d6d7e", "#a04000"];

    /// <summary>Each district's share of each municipal goal, stacked: how much of the city's goal the districts carry.</summary>
    public static ChartSpec SharesByIndicator(AnalysisResult analysis)
    {
        var comparable = analysis.Shares.Where(s => s.Share is not null).ToList();
        var goals = analysis.Coverage
            .Where(c => comparable.Any(s => s.IndicatorId == c.IndicatorId && s.Measure == c.Measure && s.Unit == c.Unit))
            .OrderBy(c => c.ShareSum)
            .ToList();
        var districts = comparable.Select(s => s.District).Distinct().Order(StringComparer.Ordinal).ToList();

        var series = new JsonArray();
        foreach (var (district, index) in districts.Select((d, i) => (d, i)))
        {
            var data = new JsonArray();
            foreach (var goal in goals)
            {
                var share = comparable.FirstOrDefault(s => s.District == district && s.IndicatorId == goal.IndicatorId
                                                           && s.Measure == goal.Measure && s.Unit == goal.Unit)?.Share;
                data.Add(share is null ? null : ShareItem(share.Value));
            }
            series.Add(new JsonObject
            {
                ["name"] = district,
                ["type"] = "bar",
                ["stack"] = "share",
                ["barMaxWidth"] = 22,
                ["itemStyle"] = new JsonObject { ["color"] = Palette[index % Palette.Length] },
                ["label"] = new JsonObject { ["position"] = "inside", ["fontSize"] = 10, ["color"] = "#fff" },
                ["data"] = data,
            });
        }

        var option = BaseOption();
        option["legend"] = new JsonObject { ["top"] = 0, ["textStyle"] = new JsonObject { ["fontFamily"] = FontFamily } };
        option["grid"] = new JsonObject { ["left"] = 8, ["right"] = 36, ["top"] = 36, ["bottom"] = 8, ["containLabel"] = true };
        option["xAxis"] = new JsonObject
        {
            ["type"] = "value",
            ["axisLabel"] = new JsonObject { ["formatter"] = "{value}%" },
        };
        option["yAxis"] = new JsonObject
        {
            ["type"] = "category",
            ["data"] = new JsonArray(goals.Select(g => (JsonNode?)JsonValue.Create(g.IndicatorName)).ToArray()),
            ["axisLabel"] = new JsonObject { ["fontFamily"] = FontFamily, ["fontSize"] = 11 },
        };
        option["series"] = series;
        return new ChartSpec("shares-by-indicator", "各区目标占市级目标的比例（仅口径与单位一致者）", option, Math.Max(260, 60 + goals.Count * 34));
    }

    /// <summary>District rate targets beside the municipal target (a marked line per indicator is hard to read; bars side by side are not).</summary>
    public static ChartSpec RateComparison(AnalysisResult analysis)
    {
        var indicators = analysis.Rates.Select(r => r.IndicatorName).Distinct().ToList();
        var districts = analysis.Rates.Select(r => r.District).Distinct().Order(StringComparer.Ordinal).ToList();
        var series = new JsonArray();
        var municipal = new JsonArray();
        foreach (var name in indicators)
        {
            var rate = analysis.Rates.FirstOrDefault(r => r.IndicatorName == name)?.MunicipalRate;
            municipal.Add(rate is null ? null : JsonValue.Create(rate.Value));
        }
        // The city's target drawn as a short horizontal line across each indicator's bars.
        series.Add(new JsonObject
        {
            ["name"] = "全市目标",
            ["type"] = "scatter",
            ["symbol"] = "rect",
            ["symbolSize"] = new JsonArray(120, 3),
            ["z"] = 10,
            ["itemStyle"] = new JsonObject { ["color"] = "#1b1b1b" },
            ["label"] = new JsonObject { ["show"] = true, ["position"] = "right", ["formatter"] = "全市 {c}%", ["fontSize"] = 10 },
            ["data"] = municipal,
        });
        foreach (var (district, index) in districts.Select((d, i) => (d, i)))
        {
            var data = new JsonArray();
            foreach (var name in indicators)
            {
                var rate = analysis.Rates.FirstOrDefault(r => r.District == district && r.IndicatorName == name)?.DistrictRate;
                data.Add(rate is null ? null : JsonValue.Create(rate.Value));
            }
            series.Add(RateSeries(district, Palette[index % Palette.Length], data));
        }

        var option = BaseOption();
        option["legend"] = new JsonObject { ["top"] = 0, ["textStyle"] = new JsonObject { ["fontFamily"] = FontFamily } };
        option["grid"] = new JsonObject { ["left"] = 8, ["right"] = 16, ["top"] = 36, ["bottom"] = 8, ["containLabel"] = true };
        option["xAxis"] = new JsonObject
        {
            ["type"] = "category",
            ["data"] = new JsonArray(indicators.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
            ["axisLabel"] = new JsonObject { ["fontFamily"] = FontFamily, ["interval"] = 0, ["width"] = 120, ["overflow"] = "break" },
        };
        option["yAxis"] = new JsonObject { ["type"] = "value", ["max"] = 100, ["axisLabel"] = new JsonObject { ["formatter"] = "{value}%" } };
        option["series"] = series;
        return new ChartSpec("rate-comparison", "比率类目标：各区与全市", option, 300);
    }

    /// <summary>A bar segment labelled with one decimal ("3.3%"); segments too narrow to hold a label carry none.</summary>
    private static JsonObject ShareItem(double share)
    {
        var percent = Math.Round(share * 100, 1);
        return new JsonObject
        {
            ["value"] = percent,
            ["label"] = new JsonObject { ["show"] = percent >= 2.5, ["formatter"] = Format.Percent(share) },
        };
    }

    /// <summary>Average completion of each district's reported targets by month, against the time elapsed.</summary>
    public static ChartSpec ProgressTrend(AnalysisResult analysis)
    {
        var trend = analysis.Progress.Trend;
        var months = trend.Select(t => t.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        var series = new JsonArray(new JsonObject
        {
            ["name"] = "序时进度", ["type"] = "line", ["lineStyle"] = new JsonObject { ["type"] = "dashed", ["color"] = "#1b1b1b" },
            ["itemStyle"] = new JsonObject { ["color"] = "#1b1b1b" },
            ["data"] = new JsonArray(months.Select(m => (JsonNode?)JsonValue.Create(Math.Round(int.Parse(m[5..]) / 12.0 * 100, 1))).ToArray()),
        });
        foreach (var (district, index) in trend.Select(t => t.District).Distinct().Order(StringComparer.Ordinal).Select((d, i) => (d, i)))
            series.Add(new JsonObject
            {
                ["name"] = district, ["type"] = "line", ["itemStyle"] = new JsonObject { ["color"] = Palette[index % Palette.Length] },
                ["label"] = new JsonObject { ["show"] = true, ["formatter"] = "{c}%", ["fontSize"] = 10 },
                ["data"] = new JsonArray(months.Select(m => trend.FirstOrDefault(t => t.District == district && t.Month == m) is { } point
                    ? (JsonNode?)JsonValue.Create(Math.Round(point.AverageCompletion * 100, 1)) : null).ToArray()),
            });
        var option = BaseOption();
        option["legend"] = new JsonObject { ["top"] = 0 };
        option["grid"] = new JsonObject { ["left"] = 8, ["right"] = 24, ["top"] = 36, ["bottom"] = 8, ["containLabel"] = true };
        option["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray(months.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()) };
        option["yAxis"] = new JsonObject { ["type"] = "value", ["axisLabel"] = new JsonObject { ["formatter"] = "{value}%" } };
        option["series"] = series;
        return new ChartSpec("progress-trend", "各区已报送目标的平均完成率与序时进度", option, 280);
    }

    /// <summary>District × indicator: each cell a district's share of the municipal goal; blank where not comparable.</summary>
    public static ChartSpec DistrictIndicatorShares(AnalysisResult analysis)
    {
        var comparable = analysis.Shares.Where(s => s.Share is not null).ToList();
        var districts = analysis.Shares.Select(s => s.District).Distinct().Order(StringComparer.Ordinal).ToList();
        var indicators = comparable.Select(s => s.IndicatorName).Distinct().ToList();
        var data = new JsonArray(comparable.Select(s => (JsonNode?)new JsonObject
        {
            ["value"] = new JsonArray(districts.IndexOf(s.District), indicators.IndexOf(s.IndicatorName), Math.Round(s.Share!.Value * 100, 1)),
            ["label"] = new JsonObject { ["formatter"] = Format.Percent(s.Share.Value) },
        }).ToArray());
        var option = BaseOption();
        option["tooltip"] = new JsonObject { ["position"] = "top" };
        option["grid"] = new JsonObject { ["left"] = 8, ["right"] = 8, ["top"] = 8, ["bottom"] = 50, ["containLabel"] = true };
        option["xAxis"] = new JsonObject
        {
            ["type"] = "category", ["splitArea"] = new JsonObject { ["show"] = true },
            ["data"] = new JsonArray(districts.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()),
        };
        option["yAxis"] = new JsonObject
        {
            ["type"] = "category", ["splitArea"] = new JsonObject { ["show"] = true },
            ["data"] = new JsonArray(indicators.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
            ["axisLabel"] = new JsonObject { ["fontFamily"] = FontFamily, ["fontSize"] = 11 },
        };
        option["visualMap"] = new JsonObject
        {
            ["min"] = 0, ["max"] = Math.Max(5, Math.Ceiling(comparable.Select(s => s.Share!.Value * 100).DefaultIfEmpty(0).Max())),
            ["calculable"] = false, ["orient"] = "horizontal", ["left"] = "center", ["bottom"] = 0,
            ["text"] = new JsonArray("高", "低"), ["inRange"] = new JsonObject { ["color"] = new JsonArray("#fdf2e9", "#b22222") },
        };
        option["series"] = new JsonArray(new JsonObject
        {
            ["type"] = "heatmap",
            ["label"] = new JsonObject { ["show"] = true, ["fontSize"] = 10 },
            ["data"] = data,
        });
        return new ChartSpec("district-indicator-shares", "分区分指标：各区目标占市级目标的比例（空格为不可比或未量化）", option, Math.Max(260, 90 + indicators.Count * 30));
    }

    /// <summary>Each 2025 goal as a share of what the city achieved the year before (100% = the same amount again).</summary>
    public static ChartSpec GoalsAgainstPreviousYear(AnalysisResult analysis)
    {
        var rows = analysis.YearOnYear.Where(y => y.Ratio is not null).OrderBy(y => y.Ratio).ToList();
        var option = BaseOption();
        option["grid"] = new JsonObject { ["left"] = 8, ["right"] = 48, ["top"] = 30, ["bottom"] = 8, ["containLabel"] = true };
        option["xAxis"] = new JsonObject { ["type"] = "value", ["axisLabel"] = new JsonObject { ["formatter"] = "{value}%" } };
        option["yAxis"] = new JsonObject
        {
            ["type"] = "category",
            ["data"] = new JsonArray(rows.Select(r => (JsonNode?)JsonValue.Create(r.IndicatorName)).ToArray()),
            ["axisLabel"] = new JsonObject { ["fontFamily"] = FontFamily, ["fontSize"] = 11 },
        };
        var data = new JsonArray(rows.Select(r => (JsonNode?)new JsonObject
        {
            ["value"] = Math.Round(r.Ratio!.Value * 100, 1),
            ["label"] = new JsonObject { ["formatter"] = $"{Format.Number(r.Target)} / {Format.Number(r.PreviousActual)} {r.Unit}" },
        }).ToArray());
        option["series"] = new JsonArray(new JsonObject
        {
            ["type"] = "bar",
            ["barMaxWidth"] = 20,
            ["itemStyle"] = new JsonObject { ["color"] = "#2e86c1" },
            ["label"] = new JsonObject { ["show"] = true, ["position"] = "right", ["fontSize"] = 10 },
            ["markLine"] = new JsonObject
            {
                ["symbol"] = "none",
                ["label"] = new JsonObject { ["formatter"] = "与上年持平" },
                ["lineStyle"] = new JsonObject { ["color"] = "#b22222", ["type"] = "dashed" },
                ["data"] = new JsonArray(new JsonObject { ["xAxis"] = 100 }),
            },
            ["data"] = data,
        });
        return new ChartSpec("goals-vs-previous-year", "全市本年目标相当于上年实绩的比例（目标 / 上年实绩，仅计数类指标）", option, Math.Max(200, 70 + rows.Count * 32));
    }

    private static JsonObject RateSeries(string name, string color, JsonArray data) => new()
    {
        ["name"] = name,
        ["type"] = "bar",
        ["barMaxWidth"] = 26,
        ["itemStyle"] = new JsonObject { ["color"] = color },
        ["label"] = new JsonObject { ["show"] = true, ["position"] = "top", ["formatter"] = "{c}%", ["fontSize"] = 10 },
        ["data"] = data,
    };

    private static JsonObject BaseOption() => new()
    {
        ["animation"] = false,
        ["textStyle"] = new JsonObject { ["fontFamily"] = FontFamily },
        ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
    };
}
