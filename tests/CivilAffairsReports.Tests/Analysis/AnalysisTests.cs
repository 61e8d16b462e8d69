using Dapper;
using CivilAffairsReports.Analysis;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Analysis;

/// <summary>The SQL views over the five seeds, checked against figures worked out by hand from the documents.</summary>
public sealed class AnalysisTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private readonly AnalysisResult _analysis;

    public AnalysisTests() => _analysis = SeedWarehouse.LoadAndAnalyse(_folder.File("w.duckdb"), RepositoryPaths.Seeds);

    private DistrictShare Share(string district, string indicator) =>
        Assert.Single(_analysis.Shares, s => s.District == district && s.IndicatorId == indicator);

    [Fact]
    public void Qingpu_carries_one_of_the_thirty_new_community_centres()
    {
        var share = Share("青浦区", "community_elderly_service_center");
        Assert.Equal(1m, share.Value);
        Assert.Equal(30m, share.MunicipalGoal);
        Assert.Equal(1.0 / 30, share.Share!.Value, 6);
    }

    [Fact]
    public void Four_districts_together_carry_six_of_thirty_and_twelve_districts_the_rest()
    {
        var coverage = Assert.Single(_analysis.Coverage, c => c.IndicatorId == "community_elderly_service_center");
        Assert.Equal(6m, coverage.DistrictSum);          // 青浦 1 + 松江 2 + 普陀 1 + 金山 2
        Assert.Equal(4, coverage.ComparableDistricts);
        Assert.Equal(0.2, coverage.ShareSum, 6);
        Assert.Equal(24m, coverage.Remaining);
        Assert.Equal(12, coverage.DistrictsWithoutDocument);
        Assert.Equal(2.0, coverage.RemainingPerDistrict!.Value, 6);
    }

    [Fact]
    public void Caregiver_certification_rate_compares_95_and_85_against_the_city_85_and_82_in_2024()
    {
        var qingpu = Assert.Single(_analysis.Rates, r => r.District == "青浦区" && r.IndicatorId == "caregiver_certification_rate");
        Assert.Equal(95m, qingpu.DistrictRate);
        Assert.Equal(85m, qingpu.MunicipalRate);
        Assert.Equal(10m, qingpu.GapPoints);
        Assert.Equal(82m, qingpu.PreviousActual);
        Assert.Equal(2024, qingpu.PreviousYear);
        var songjiang = Assert.Single(_analysis.Rates, r => r.District == "松江区" && r.IndicatorId == "caregiver_certification_rate");
        Assert.Equal(0m, songjiang.GapPoints);
    }

    [Fact]
    public void One_touch_service_is_never_divided_across_people_households_new_and_cumulative()
    {
        var rows = _analysis.Shares.Where(s => s.IndicatorId == "one_touch_emergency_service").ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Share));
        Assert.Contains("累计存量", Share("青浦区", "one_touch_emergency_service").NotComparableReason);   // new vs the city's cumulative
        Assert.Equal("new_never_against_cumulative", Share("普陀区", "one_touch_emergency_service").RuleId);
        Assert.Contains("覆盖", Share("松江区", "one_touch_emergency_service").NotComparableReason);
        // a cumulative goal nobody is comparable with: no share (never 0%) and no remainder to spread
        var goal = Assert.Single(_analysis.Coverage, c => c.IndicatorId == "one_touch_emergency_service");
        Assert.Null(goal.Share);
        Assert.Null(goal.Remaining);
        Assert.Null(goal.RemainingPerDistrict);
        Assert.Contains("可对照", goal.NotSharedReason);
    }

    [Fact]
    public void Reviewed_rules_count_conversions_coverage_people_served_and_upgraded_meal_points()
    {
        Assert.Equal(150.0 / 3000, Share("普陀区", "dementia_care_beds").Share!.Value, 6);          // 改造 ≈ 改建 → new beds
        Assert.Equal("conversion_counts_as_new_dementia_beds", Share("普陀区", "dementia_care_beds").RuleId);
        Assert.Equal(200.0 / 4000, Share("普陀区", "family_care_beds").Share!.Value, 6);            // one person, one bed
        Assert.Equal(600.0 / 30000, Share("金山区", "smart_water_meter").Share!.Value, 6);          // covered ≈ installed
        var upgrade = Share("金山区", "meal_point_upgraded_to_canteen");
        Assert.Equal("community_elderly_canteen", upgrade.GoalIndicatorId);
        Assert.Equal(50.0 / 4000, Share("青浦区", "family_care_beds").Share!.Value, 6);
        Assert.Null(Share("青浦区", "family_care_beds").RuleId);                                   // same measure and unit: no rule needed
        Assert.Contains("市级无对应量化目标", Share("普陀区", "escort_companion").NotComparableReason);

        Assert.Equal(5100m, Coverage("smart_water_meter").DistrictSum);                             // 17.0%, not 4,500 / 15.0%
        Assert.Equal(0.17, Coverage("smart_water_meter").ShareSum, 6);
        Assert.Equal(300m, Coverage("dementia_care_beds").DistrictSum);                             // 10.0%, not 150 / 5.0%
        Assert.Equal(10m, Coverage("community_elderly_canteen").DistrictSum);                       // 金山 1 new + 2 upgraded
        var jinshan = Assert.Single(_analysis.Cells, c => c.IndicatorId == "community_elderly_canteen" && c.District == "金山区");
        Assert.Equal(3m, jinshan.Value);
    }

    [Fact]
    public void A_rule_staff_add_to_the_file_changes_the_shares_without_code()
    {
        var shipped = ReferenceData.Load();
        var withoutWaterMeterRule = shipped with { Rules = shipped.Rules.Where(r => r.Id != "households_covered_as_installed_water_meters").ToList() };
        using var other = RepositoryPaths.NewTempFolder();
        var analysis = SeedWarehouse.LoadAndAnalyse(other.File("w.duckdb"), RepositoryPaths.Seeds, withoutWaterMeterRule);
        var goal = Assert.Single(analysis.Coverage, c => c.IndicatorId == "smart_water_meter");
        Assert.Equal(4500m, goal.DistrictSum);
        Assert.Null(Assert.Single(analysis.Shares, s => s.District == "金山区" && s.IndicatorId == "smart_water_meter").Share);
    }

    [Fact]
    public void The_remainder_is_shared_among_the_applicable_districts_without_a_comparable_figure_counted_from_the_region_codes()
    {
        var severe = Coverage("severe_disability_care_beds");                    // only 普陀 150 of 800
        Assert.Equal(650m, severe.Remaining);
        Assert.Equal(15, severe.RemainingDistricts);
        Assert.Equal(650.0 / 15, severe.RemainingPerDistrict!.Value, 6);          // 43.3, not 54.2 (÷ 12)
        var rural = Coverage("rural_elderly_care_home");                          // 青浦 4, 松江 4, 金山 2 of 30
        Assert.Equal(7, rural.NotApplicableDistricts);                            // the central districts
        Assert.Equal(6, rural.RemainingDistricts);                                // nine rural districts less the three
        Assert.False(Assert.Single(_analysis.Cells, c => c.IndicatorId == "rural_elderly_care_home" && c.District == "普陀区").Applicable);
        Assert.Equal(16, _analysis.Regions.Count);
        Assert.Equal(12, _analysis.RegionsWithoutDocument.Count);
    }

    [Fact]
    public void The_plan_clock_comes_from_the_documents()
    {
        Assert.Equal(2025, _analysis.Clock.PlanYear);
        Assert.Null(_analysis.Clock.LatestReportedMonth);
        Assert.Equal("2026 年工作要点尚未导入：本期仍按 2025 年工作要点编制。",
            PlanClockRules.MissingPlanNotice(2025, new DateTime(2026, 11, 25)));
        Assert.Null(PlanClockRules.MissingPlanNotice(2025, new DateTime(2025, 6, 1)));
        Assert.True(PlanClockRules.InPlanYear("2025-12", 2025));
        Assert.False(PlanClockRules.InPlanYear("2026-11", 2025));
    }

    private GoalCoverage Coverage(string indicator) => Assert.Single(_analysis.Coverage, c => c.IndicatorId == indicator);

    [Fact]
    public void Loading_the_same_documents_again_changes_nothing()
    {
        var again = SeedWarehouse.LoadAndAnalyse(_folder.File("w.duckdb"), RepositoryPaths.Seeds);
        Assert.Equal(_analysis.Targets, again.Targets);
        Assert.Equal(_analysis.Shares, again.Shares);
        using var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(_folder.File("w.duckdb"));
        var c = store.Connection;
        Assert.Equal(5, c.ExecuteScalar<long>("SELECT count(*) FROM documents"));
        Assert.Equal(159, c.ExecuteScalar<long>("SELECT count(*) FROM figures")); // 74 targets + 85 results of the seeds (issue 8)
        Assert.Equal(2, c.ExecuteScalar<long>("SELECT count(*) FROM runs"));
    }

    [Fact]
    public void A_warehouse_with_an_earlier_versions_stored_views_and_macros_gives_the_same_analysis_and_keeps_none_of_them()
    {
        // Earlier versions stored the analysis views and macros in the warehouse file; now they are this connection's own.
        using (var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(_folder.File("w.duckdb")))
        {
            store.Connection.Execute("CREATE OR REPLACE VIEW current_figures AS SELECT 1 AS stale");
            store.Connection.Execute("CREATE OR REPLACE VIEW goal_pairings AS SELECT 1 AS stale");
            store.Connection.Execute("CREATE OR REPLACE MACRO measure_cn(m) AS 'stale'");
            store.Connection.Execute("CREATE OR REPLACE MACRO progress_status(a, b, c) AS TABLE SELECT 1 AS stale");
        }
        using (var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(_folder.File("w.duckdb")))
        {
            var again = AnalysisRunner.Run(store.Connection);
            Assert.Equal(_analysis.Shares, again.Shares);
            Assert.Equal(_analysis.Coverage, again.Coverage);
            Assert.Contains(again.Shares, s => s.NotComparableReason?.Contains("新增") == true); // measure_cn is the current one
        }
        using (var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(_folder.File("w.duckdb")))
        {
            Assert.Equal(0, store.Connection.ExecuteScalar<long>(
                "SELECT count(*) FROM duckdb_views() WHERE view_name IN ('current_figures', 'goal_pairings')"));
            Assert.Equal(0, store.Connection.ExecuteScalar<long>(
                "SELECT count(*) FROM duckdb_functions() WHERE function_name IN ('measure_cn', 'progress_status')"));
        }
    }

    [Fact]
    public void Two_municipal_documents_with_different_figures_are_both_kept_and_flagged()
    {
        using var input = RepositoryPaths.NewTempFolder();
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "004_21d337777f997462.txt"), input.File("004.txt"));
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "000_64e857f6e65aa405.txt"), input.File("000.txt"));
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "unseen", "municipal-task-notice-2025.txt"), input.File("notice.txt"));
        var analysis = SeedWarehouse.LoadAndAnalyse(input.File("w.duckdb"), input.Path);

        var conflict = Assert.Single(analysis.Conflicts, c => c.IndicatorId == "community_elderly_service_center");
        Assert.Equal("上海市民政局", conflict.Issuer);
        Assert.Contains("30", conflict.Figures);
        Assert.Contains("32", conflict.Figures);
        var qingpu = Assert.Single(analysis.Shares, s => s.District == "青浦区" && s.IndicatorId == "community_elderly_service_center");
        Assert.Null(qingpu.Share);
        Assert.Equal("市级目标存在冲突", qingpu.NotComparableReason);
        Assert.Equal(2, analysis.Targets.Count(t => t.Level == "municipal" && t.Kind == "target" && t.IndicatorId == "community_elderly_service_center"));
    }

    public void Dispose() => _folder.Dispose();
}
