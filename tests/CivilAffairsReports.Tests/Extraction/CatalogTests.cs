using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Extraction;

public class CatalogTests
{
    [Fact]
    public void The_shipped_catalog_lists_the_municipal_minxin_indicators()
    {
        var catalog = IndicatorCatalog.Load();
        string[] required =
        [
            "社区综合为老服务中心", "社区长者食堂", "家门口养老服务站", "中级及以上养老护理员培训", "养老床位", "认知障碍照护床位",
            "家庭照护床位", "乡村长者照护之家", "智能水表", "“一键通”紧急救援服务", "“养老院+互联网医院”", "养老护理员持证率",
        ];
        foreach (var name in required) Assert.Contains(catalog.Indicators, i => i.Name == name);
    }

    [Fact]
    public void Longest_alias_wins_at_a_position()
    {
        var catalog = IndicatorCatalog.Load();
        var hits = catalog.FindAliases("其中中级及以上持证率为20%，升级改造老年助餐服务点为社区长者食堂 2 家");
        Assert.Equal(["intermediate_certification_rate", "meal_point_upgraded_to_canteen"], hits.Select(h => h.Indicator.Id));
    }

    [Fact]
    public void Duplicate_alias_across_indicators_is_an_error_naming_the_file()
    {
        const string yaml = """
            indicators:
              - {id: a, name: 甲, aliases: [床位], units: {张: 张}}
              - {id: b, name: 乙, aliases: [床位], units: {张: 张}}
            """;
        var e = Assert.Throws<CatalogError>(() => IndicatorCatalog.Parse(yaml, "test.yaml"));
        Assert.Contains("test.yaml", e.Message);
        Assert.Contains("床位", e.Message);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_the_line()
    {
        var e = Assert.Throws<CatalogError>(() => IndicatorCatalog.Parse("indicators:\n  - id: [unclosed\n", "bad.yaml"));
        Assert.Contains("bad.yaml", e.Message);
        Assert.Contains("行", e.Message);
    }
}
