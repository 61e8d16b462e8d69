using System.Globalization;
using CivilAffairsReports.Analysis;
using CivilAffairsReports.Corpus;
using CivilAffairsReports.Regions;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Analysis;

/// <summary>
/// A generated corpus of three provinces (上海, 浙江, 广东: province → prefecture → county, municipality → district)
/// loaded into DuckDB on disk through the real stages and analysed: the shares at every level are the ones the
/// generator split the goals into (expected-shares.csv), each child against the parent its code names.
/// </summary>
public sealed class GeneratedHierarchyFixture : IDisposable
{
    internal RepositoryPaths.TempFolder Folder { get; } = RepositoryPaths.NewTempFolder();
    internal string Corpus => Folder.File("corpus");
    internal AnalysisResult Analysis { get; }
    internal List<Dictionary<string, string>> ExpectedShares { get; }

    public GeneratedHierarchyFixture()
    {
        CorpusGenerator.Generate(new CorpusOptions(1, 150, Corpus, 2025, ["31", "33", "44"]), RegionCatalog.Load());
        ExpectedShares = Csv.Read(Path.Combine(Corpus, CorpusGenerator.SharesFile));
        Analysis = SeedWarehouse.LoadAndAnalyse(Folder.File("w.duckdb"), Corpus);
    }

    public void Dispose() => Folder.Dispose();
}

public sealed class HierarchyTests(GeneratedHierarchyFixture corpus) : IClassFixture<GeneratedHierarchyFixture>
{
    private static readonly RegionCatalog Regions = RegionCatalog.Load();

    [Fact]
    public void Every_child_is_set_against_the_parent_its_code_names_at_every_level()
    {
        var shares = corpus.Analysis.Shares;
        Assert.NotEmpty(shares);
        foreach (var s in shares)
            Assert.Equal(Regions.Find(s.DistrictCode!)!.ParentCode, s.ParentCode);
        // municipality → district, province → prefecture, prefecture → county all occur
        Assert.Contains(shares, s => s.ParentCode == "310000" && s.DistrictCode!.StartsWith("3101"));
        Assert.Contains(shares, s => s.ParentCode == "330000" && s.DistrictCode == "330100");
        Assert.Contains(shares, s => s.ParentCode == "330100" && s.DistrictCode!.StartsWith("3301") && s.DistrictCode != "330100");
        Assert.Contains(shares, s => s.ParentCode == "440000");
    }

    [Fact]
    public void A_hangzhou_district_is_compared_with_hangzhou_never_with_shanghai()
    {
        var hangzhouGoals = corpus.ExpectedShares.Where(r => r["parent_code"] == "330100")
            .GroupBy(r => r["indicator_id"]).ToDictionary(g => g.Key, g => decimal.Parse(g.First()["parent_value"], CultureInfo.InvariantCulture));
        var shanghaiGoals = corpus.ExpectedShares.Where(r => r["parent_code"] == "310000")
            .GroupBy(r => r["indicator_id"]).ToDictionary(g => g.Key, g => decimal.Parse(g.First()["parent_value"], CultureInfo.InvariantCulture));
        var hangzhouDistricts = corpus.Analysis.Shares.Where(s => s.ParentCode == "330100" && s.Share is not null).ToList();
        Assert.NotEmpty(hangzhouDistricts);
        foreach (var s in hangzhouDistricts)
        {
            Assert.Equal(hangzhouGoals[s.GoalIndicatorId], s.MunicipalGoal);
            if (shanghaiGoals.TryGetValue(s.GoalIndicatorId, out var shanghai) && shanghai != s.MunicipalGoal)
                Assert.NotEqual(shanghai, s.MunicipalGoal);
        }
    }

    [Fact]
    public void Shares_are_the_parts_the_goals_were_split_into()
    {
        var expected = corpus.ExpectedShares.Where(r => r["child_has_plan"] == "1")
            .ToDictionary(r => (Parent: r["parent_code"], Child: r["child_code"], Indicator: r["indicator_id"], Measure: r["measure"], Unit: r["unit"]),
                          r => double.Parse(r["share"], CultureInfo.InvariantCulture));
        var compared = 0;
        foreach (var s in corpus.Analysis.Shares.Where(s => s.Share is not null && s.RuleId is null && s.GoalIndicatorId == s.IndicatorId))
        {
            if (!expected.TryGetValue((s.ParentCode!, s.DistrictCode!, s.IndicatorId, s.Measure, s.Unit), out var share)) continue;
            Assert.True(Math.Abs(share - s.Share!.Value) < 1e-5, $"{s.ParentCode}→{s.DistrictCode} {s.IndicatorId}: expected {share}, got {s.Share}");
            compared++;
        }
        Assert.True(compared >= 100, $"only {compared} shares compared");
        // at three levels
        Assert.Equal(3, corpus.Analysis.Shares.Where(s => s.Share is not null)
            .Select(s => Regions.Find(s.ParentCode!)!.Level + "→" + Regions.Find(s.DistrictCode!)!.Level).Distinct().Count());
    }

    [Fact]
    public void Children_together_carry_the_parts_of_their_parents_goal_once_even_when_a_notice_restates_them()
    {
        // A city's plan and its task notice both state its part: counted once, so 浙江省's cities carry what the split says.
        foreach (var parent in new[] { "330000", "440000", "330100", "310000" })
        {
            var expected = corpus.ExpectedShares.Where(r => r["parent_code"] == parent && r["child_has_plan"] == "1"
                                                            && r["indicator_id"] == "community_elderly_service_center")
                .Sum(r => double.Parse(r["share"], CultureInfo.InvariantCulture));
            var coverage = Assert.Single(corpus.Analysis.Coverage, c => c.ParentCode == parent && c.IndicatorId == "community_elderly_service_center");
            Assert.True(Math.Abs(expected - coverage.ShareSum) < 1e-4, $"{parent}: expected {expected}, got {coverage.ShareSum}");
        }
        Assert.All(corpus.Analysis.Coverage, c => Assert.True(c.ShareSum <= 1.0001, $"{c.ParentCode} {c.IndicatorId} {c.ShareSum}"));
    }

    [Fact]
    public void What_is_left_is_spread_over_the_parents_own_children_without_a_figure()
    {
        var hangzhou = corpus.Analysis.Coverage.Where(c => c.ParentCode == "330100").ToList();
        Assert.NotEmpty(hangzhou);
        var children = Regions.ChildrenOf("330100").Count;   // 13 districts and counties of 杭州
        foreach (var c in hangzhou.Where(c => c.NotApplicableDistricts == 0))
            Assert.Equal(children - c.ComparableDistricts, c.RemainingDistricts);
        var guangdong = corpus.Analysis.Coverage.Where(c => c.ParentCode == "440000").ToList();
        Assert.NotEmpty(guangdong);
        Assert.All(guangdong.Where(c => c.NotApplicableDistricts == 0),
            c => Assert.Equal(Regions.ChildrenOf("440000").Count - c.ComparableDistricts, c.RemainingDistricts));
        // the cells of page 1 are each parent's own children
        Assert.All(corpus.Analysis.Cells, c => Assert.Equal(Regions.Find(c.DistrictCode)!.ParentCode, c.ParentCode));
    }

    [Fact]
    public void Every_parent_with_children_that_sent_documents_is_listed_and_the_provinces_are_on_top()
    {
        var parents = corpus.Analysis.ParentRegions;
        foreach (var code in new[] { "310000", "330000", "330100", "440000" })
            Assert.True(Assert.Single(parents, p => p.Code == code).HasChildDocuments, code);
        Assert.Equal(["310000", "330000", "440000"], parents.Where(p => p.IsTop).Select(p => p.Code));
        Assert.False(Assert.Single(parents, p => p.Code == "330100").IsTop);
        // child regions come from the codes: all 16 of Shanghai, with or without a document
        Assert.Equal(16, corpus.Analysis.Regions.Count(r => r.ParentCode == "310000"));
    }

    [Fact]
    public void A_provinces_briefing_and_its_charts_speak_of_the_province_and_its_cities_a_citys_of_the_city_and_its_districts()
    {
        var model = new CivilAffairsReports.Reporting.ReportModel("2025-11", DateTime.Now, corpus.Analysis, [], [], []);
        string Briefing(string code, out IReadOnlyList<string> captions)
        {
            var scoped = CivilAffairsReports.Reporting.ParentBriefings.Scope(model, Assert.Single(corpus.Analysis.ParentRegions, p => p.Code == code));
            captions = scoped.Charts.Select(c => c.Title).ToList();
            return CivilAffairsReports.Reporting.Pages.Briefing(scoped);
        }
        var zhejiang = Briefing("330000", out var provinceCharts);
        Assert.Contains("二、各市目标占全省目标的比例", zhejiang);
        Assert.Contains("月度进度：各市尚未报送", zhejiang);
        Assert.DoesNotContain("各区目标", zhejiang);
        Assert.Contains("各市目标占省级目标的比例（仅口径与单位一致者）", provinceCharts);
        var hangzhou = Briefing("330100", out var cityCharts);
        Assert.Contains("二、各区目标占全市目标的比例", hangzhou);
        Assert.Contains("各区目标占市级目标的比例（仅口径与单位一致者）", cityCharts);
    }

    [Fact]
    public void A_parents_charts_drawn_for_the_published_edition_from_the_same_rows_are_taken_from_it_and_a_changed_parents_are_drawn_again()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        string Site(string name) { var site = folder.File(name); Directory.CreateDirectory(site); return site; }
        var model = new CivilAffairsReports.Reporting.ReportModel("2025-11", DateTime.Now, corpus.Analysis, [], [], []);
        var published = Site("published");
        CivilAffairsReports.Reporting.ReportWriter.WritePages(model, published, _ => { });
        var withCharts = corpus.Analysis.ParentRegions.Select(p => p.Code).Order(StringComparer.Ordinal)
            .Where(code => Directory.Exists(Path.Combine(published, "charts", code))
                           && Directory.GetFiles(Path.Combine(published, "charts", code), "*.svg").Length > 0).ToList();
        var (same, changed) = (withCharts[0], withCharts[1]);
        string Svg(string site, string code) => Path.Combine(site, "charts", code, "shares-by-indicator.svg");
        var drawnForPublished = File.ReadAllText(Svg(published, same));

        // Marked as drawn by an earlier edition: a chart taken from it keeps the mark, one drawn again has none.
        const string mark = "<!-- drawn for the published edition -->";
        foreach (var code in new[] { same, changed }) File.AppendAllText(Svg(published, code), mark);
        var oneShareLess = corpus.Analysis.Shares.First(s => s.ParentCode == changed);
        var next = model with { Analysis = corpus.Analysis with { Shares = corpus.Analysis.Shares.Where(s => !ReferenceEquals(s, oneShareLess)).ToList() } };
        var site = Site("next");
        CivilAffairsReports.Reporting.ReportWriter.WritePages(next, site, _ => { }, published: published);
        Assert.EndsWith(mark, File.ReadAllText(Svg(site, same)));
        Assert.Contains(mark, File.ReadAllText(Path.Combine(site, $"briefing-{same}.html"))); // the page inlines the chart it took
        Assert.DoesNotContain(mark, File.ReadAllText(Svg(site, changed)));

        // What is taken is what would be drawn: the same rows drawn afresh give the published bytes.
        var fresh = Site("fresh");
        CivilAffairsReports.Reporting.ReportWriter.WritePages(model, fresh, _ => { });
        Assert.Equal(drawnForPublished, File.ReadAllText(Svg(fresh, same)));
    }

    [Fact]
    public void Why_a_figure_is_not_comparable_is_said_in_the_words_of_its_parents_level()
    {
        // A city's two documents that disagree: the conflict is the city's (市级) in the province's table, never a 区's.
        string[] Reasons(string parent) => corpus.Analysis.Shares
            .Where(s => s.ParentCode == parent && s.NotComparableReason is not null).Select(s => s.NotComparableReason!).Distinct().ToArray();
        Assert.Contains("市级目标存在冲突：同一地区两份文件数字不同", Reasons("330000"));
        Assert.DoesNotContain(Reasons("330000"), r => r.Contains("区级") || r.Contains("区为") || r.Contains("区按"));

        // A city's target that its province set no goal for: the province's (省级) goal is missing, not a 市级 one.
        using var input = RepositoryPaths.NewTempFolder();
        File.WriteAllText(input.File("zhejiang.txt"), "浙江省民政局\n浙江省2025年民政工作要点\n全省新增养老床位10000张。\n");
        File.WriteAllText(input.File("hangzhou.txt"), "杭州市民政局\n杭州市2025年民政工作要点\n全市新增养老床位2000张，新增家庭照护床位300张。\n");
        var analysis = SeedWarehouse.LoadAndAnalyse(input.File("w.duckdb"), input.Path);
        Assert.Equal(0.2, Assert.Single(analysis.Shares, s => s.IndicatorId == "elderly_care_beds").Share!.Value, 6);
        Assert.Equal("省级无对应量化目标", Assert.Single(analysis.Shares, s => s.IndicatorId == "family_care_beds").NotComparableReason);
    }
}

/// <summary>Shanghai's seeds: the districts' parent resolves from the codes to 310000, the only parent.</summary>
public sealed class SeedHierarchyTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private readonly AnalysisResult _analysis;

    public SeedHierarchyTests() => _analysis = SeedWarehouse.LoadAndAnalyse(_folder.File("w.duckdb"), RepositoryPaths.Seeds);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Shanghai_districts_share_the_municipal_goals_of_310000()
    {
        var parent = Assert.Single(_analysis.ParentRegions);
        Assert.Equal(("310000", "上海市", true, true), (parent.Code, parent.Name, parent.IsTop, parent.HasChildDocuments));
        Assert.All(_analysis.Shares, s => Assert.Equal("310000", s.ParentCode));
        Assert.All(_analysis.Coverage, c => Assert.Equal("310000", c.ParentCode));
        Assert.Equal(4, _analysis.Shares.Select(s => s.DistrictCode).Distinct().Count());
        Assert.Equal("310000", Assert.Single(_analysis.Sources, s => s.Level == "municipal").RegionCode);
    }
}

internal static class Csv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Select(f => header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => f[x.i])).ToList();
    }
}
