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
        Assert.Contains("口径不同", Share("青浦区", "one_touch_emergency_service").NotComparableReason);   // new vs cumulative, both people
        Assert.Contains("单位", Share("普陀区", "one_touch_emergency_service").NotComparableReason);       // households vs people
        Assert.Contains("覆盖", Share("松江区", "one_touch_emergency_service").NotComparableReason);
    }

    [Fact]
    public void Conversions_and_people_served_are_not_shares_of_new_beds()
    {
        Assert.Contains("改造", Share("普陀区", "dementia_care_beds").NotComparableReason);
        Assert.Null(Share("普陀区", "family_care_beds").Share);                    // 200 名老年人 served, not 张
        Assert.Equal(50.0 / 4000, Share("青浦区", "family_care_beds").Share!.Value, 6);
        Assert.Contains("市级无对应量化目标", Share("普陀区", "escort_companion").NotComparableReason);
    }

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
