using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Extraction;

/// <summary>Numbers that are not targets stay out, each with its reason, even next to an indicator's name.</summary>
public class NonTargetTests
{
    private static readonly TargetExtractor Extractor = new(IndicatorCatalog.Load());

    [Theory]
    [InlineData("持续赋能37009999幸福久久养老服务热线，新增社区长者食堂 2 家。", "37009999", NonTargetRules.PhoneReason)]
    [InlineData("做好信访和12345服务热线工单办理，新增社区长者食堂 2 家。", "12345", NonTargetRules.PhoneReason)]
    [InlineData("咨询电话：021-56781234，新增社区长者食堂 2 家。", "021-56781234", NonTargetRules.PhoneReason)]
    [InlineData("2025 年，拟新增养老床位 100 张。", "2025", NonTargetRules.YearReason)]
    [InlineData("开展存量保基本养老机构升级改造三年（2024-2026）行动，新增养老床位 100 张。", "2024-2026", NonTargetRules.YearReason)]
    [InlineData("拟开展第 16 届结婚登记集体颁证活动，新增社区长者食堂 1 家。", "16", NonTargetRules.EditionReason)]
    [InlineData("举办第七届老年人运动会，新建 3 个家门口服务站。", "七", null)]
    [InlineData("青民〔2025〕9 号 新增社区综合为老服务中心 1 家", "9", NonTargetRules.DocumentNumberReason)]
    [InlineData("围绕“9073”养老布局，新增养老床位 100 张。", "9073", NonTargetRules.LabelReason)]
    [InlineData("建立“1+10+N”的服务矩阵，新建社区综合为老服务中心 1 家。", "1+10+N", NonTargetRules.LabelReason)]
    [InlineData("高质量构建“15分钟养老服务圈”，新建家门口服务站 2 个。", "15", NonTargetRules.DurationReason)]
    [InlineData("自 2024 年 7 月 1 日起，新增养老床位 100 张。", "7", NonTargetRules.DateReason)]
    [InlineData("落实《上海市养老机构品质提升三年行动方案（2025—2027年）》，新增养老床位 100 张。", "2025—2027", NonTargetRules.TitleReason)]
    [InlineData("不断增加 3A 级及以上社会组织数量，新增养老床位 100 张。", "3A", NonTargetRules.GradeReason)]
    public void Non_targets_are_skipped_with_their_reason_while_the_real_target_beside_them_is_kept(string text, string snippet, string? reason)
    {
        var result = Extractor.Extract(text, 2025);
        var at = text.IndexOf(snippet, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Figures, f => f.ValueStart < at + snippet.Length && at < f.ValueEnd);
        Assert.Single(result.Figures); // the genuine target in the same sentence still comes through
        if (reason is not null)
            Assert.Contains(result.Skipped, s => s.Start < at + snippet.Length && at < s.End && s.Reason == reason);
    }

    [Theory]
    [InlineData("全区新增养老床位 1,200 张，认知障碍照护床位 300 张。", "elderly_care_beds", 1200, "new")]
    [InlineData("全区养老床位总数达到 5000 张。", "elderly_care_beds", 5000, "cumulative")]
    [InlineData("全区养老护理员持证率达到百分之九十。", "caregiver_certification_rate", 90, "rate")]
    public void Forms_from_the_wild_are_read_as_targets(string text, string indicator, int value, string measure)
    {
        var figure = Assert.Single(Extractor.Extract(text, 2025).Figures, f => f.Indicator.Id == indicator);
        Assert.Equal(value, figure.Value);
        Assert.Equal(measure, figure.Measure);
    }

    [Fact]
    public void Slogans_with_counts_of_tasks_are_not_targets()
    {
        var result = Extractor.Extract("现梳理 2025 年金山民政 7 方面 32 项重点工作，具体如下。", 2025);
        Assert.Empty(result.Figures);
        Assert.DoesNotContain(result.Skipped, s => s.Uncatalogued);
    }

    [Fact]
    public void A_count_of_monitored_facilities_is_not_a_new_facility_target()
    {
        var result = Extractor.Extract("对 433 家养老机构、332 家社区长者食堂、110 家长者照护之家进行服务质量监测，对 198 家养老机构开展等级评定。", 2025);
        Assert.Empty(result.Figures);
    }
}
