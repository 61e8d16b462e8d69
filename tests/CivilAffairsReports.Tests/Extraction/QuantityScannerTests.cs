using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Extraction;

public class QuantityScannerTests
{
    [Theory]
    [InlineData("新增 30 家社区综合为老服务中心", 30, null, "家", null)]
    [InlineData("累计覆盖 50 万老年人", 500000, null, null, null)]
    [InlineData("为 3 万户特殊困难老年人", 30000, null, "户", null)]
    [InlineData("新增用户 10.72 万户", 107200, null, "户", null)]
    [InlineData("推进发展1-2家专业型日托", 1, 2.0, "家", null)]
    [InlineData("推进发展1—2 家专业型日托", 1, 2.0, "家", null)]
    [InlineData("培养不少于100名陪诊师", 100, null, "名", "不少于")]
    [InlineData("培育一支 400 余人的队伍", 400, null, "人", "余")]
    [InlineData("覆盖 90% 以上的街镇", 90, null, "%", "以上")]
    [InlineData("覆盖率超 65%", 65, null, "%", "超")]
    [InlineData("完成培训约1.8万名", 18000, null, "名", "约")]
    [InlineData("新增两家长者食堂", 2, null, "家", null)]
    [InlineData("培训三千名护理员", 3000, null, "名", null)]
    [InlineData("新增养老床位 1,200 张", 1200, null, "张", null)]
    [InlineData("持证率达到百分之九十以上", 90, null, "%", "以上")]
    [InlineData("覆盖率不低于百分之85", 85, null, "%", "不低于")]
    [InlineData("供应分配8千套以上", 8000, null, "套", "以上")]
    [InlineData("总投资约5千万元", 5000, null, "万元", "约")]
    [InlineData("计划投资3千余万元", 3000, null, "万元", "余")]
    [InlineData("新建道路3千米", 3, null, "千米", null)]
    [InlineData("开展职业技能培训 1.2 万人(次)", 12000, null, "人次", null)]
    [InlineData("临时救助259户（次）", 259, null, "户次", null)]
    public void Reads_numbers_as_written(string text, double value, double? max, string? unit, string? qualifier)
    {
        var q = Assert.Single(QuantityScanner.Scan(text));
        Assert.Equal((decimal)value, q.Value);
        Assert.Equal(max is null ? null : (decimal)max.Value, q.ValueMax);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(qualifier, q.Qualifier);
    }

    [Theory]
    [InlineData("标准分别提高到1820元/人/月和1110元/人/月", "1820元/人/月")]
    [InlineData("城镇供养标准为1255元/月/人，", "1255元/月/人")]
    [InlineData("补贴标准 175 元／人·月", "175 元／人·月")]
    [InlineData("平均标准达到588元·月", "588元·月")]
    [InlineData("每平方米100元/㎡", "100元")]
    public void Money_per_person_and_period_is_one_quantity_in_yuan(string text, string quantity)
    {
        var q = QuantityScanner.Scan(text)[0];
        Assert.Equal("元", q.Unit);
        Assert.Equal(quantity, q.Text(text));
    }

    [Theory]
    [InlineData("一个个民生项目落地见效")]
    [InlineData("一张张粉红色的心形小卡片")]
    [InlineData("把关怀送到每一户受灾群众手中")]
    [InlineData("对每一个问题都耐心解答")]
    [InlineData("推行一户一表改造")]
    [InlineData("一对一量身定做改造方案")]
    [InlineData("让困难群众度过一个温暖祥和的节日")]
    [InlineData("社区是一个无物业老旧小区")]
    [InlineData("作为一座大爱之城")]
    public void One_used_as_the_article_a_is_no_count(string text) => Assert.Empty(QuantityScanner.Scan(text));

    [Theory]
    [InlineData("新建一处市民健身场所", "处")]
    [InlineData("各建成一所救助管理站", "所")]
    [InlineData("每个县至少建成一个中央厨房", "个")]
    public void One_written_in_characters_is_still_a_count(string text, string unit)
    {
        var q = Assert.Single(QuantityScanner.Scan(text));
        Assert.Equal(1m, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("三千", 3000)]
    [InlineData("两", 2)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("一百零五", 105)]
    public void Parses_chinese_numerals(string numeral, int expected) =>
        Assert.Equal(expected, ChineseNumerals.Parse(numeral));

    [Fact]
    public void Rejects_a_run_of_bare_digits_as_one_number() => Assert.Null(ChineseNumerals.Parse("三四"));
}
