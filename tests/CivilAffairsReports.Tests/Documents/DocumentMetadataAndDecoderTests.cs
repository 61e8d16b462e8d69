using System.Text;
using CivilAffairsReports.Documents;

namespace CivilAffairsReports.Tests.Documents;

public sealed class DocumentMetadataAndDecoderTests
{
    static DocumentMetadataAndDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static DocumentMetadata Meta(string text) =>
        DocumentMetadataReader.Read("t.txt", TextNormalizer.Normalize(text).Text);

    [Theory]
    [InlineData("青民〔2025〕9 号", "青民〔2025〕9号")]
    [InlineData("青民 〔 2025 〕 9 号", "青民〔2025〕9号")]
    [InlineData("青民[2025]9号", "青民〔2025〕9号")]
    [InlineData("青民【2025】9号", "青民〔2025〕9号")]
    [InlineData("沪松民〔2025〕10号", "沪松民〔2025〕10号")]
    public void Document_numbers_are_normalised(string written, string expected)
    {
        Assert.Equal(expected, Meta($"上海市青浦区民政局\n{written}\n关于印发《2025年青浦民政工作要点》的通知").DocumentNumber);
    }

    [Fact]
    public void A_title_that_says_this_year_and_names_another_looks_back_on_that_one()
    {
        var m = Meta("上海公布今年27项实事项目，来看2019年哪几项测评得分居前\n今天，上海公布了2020年市政府要完成的实事项目。2020年市政府实事项目共安排十方面、27项目标任务。\n");
        Assert.Equal(2020, m.Year);
    }

    [Theory]
    [InlineData("《政府工作报告》解读2017：十件实事\n今年，我市将办好十件实事。2016年完成投资50亿元。\n", 2017)]
    [InlineData("2009十大民生实事\n今年办好十件实事。\n", 2009)]
    [InlineData("2019《政府工作报告》半年完成情况通报\n\n一、《政府工作报告》半年完成情况\n\n1.城镇新增就业2万人。\n\n完成情况：上半年，全区新增就业1.2万人。\n", 2019)]
    // a period's span in a title (2016-2020) is not a year written bare
    [InlineData("养老服务发展规划2016-2020\n2018年新建养老床位500张。\n", 2018)]
    public void A_title_may_name_its_year_without_nian(string text, int year) => Assert.Equal(year, Meta(text).Year);

    [Fact]
    public void A_district_issuer_written_without_shanghai_is_completed_and_coded()
    {
        var m = Meta("嘉定区民政局\n嘉民〔2024〕3号\n2024 年 3 月 5 日\n2024年嘉定民政工作要点\n新增 3 家长者食堂。");
        Assert.Equal(("上海市嘉定区民政局", "district", "嘉定区", "310114"), (m.Issuer, m.Level, m.District, m.DistrictCode));
        Assert.Equal(new DateOnly(2024, 3, 5), m.IssueDate);
        Assert.Equal(2024, m.Year);
        Assert.Equal("2024年嘉定民政工作要点", m.Title);
    }

    [Fact]
    public void A_title_run_into_the_body_still_names_the_year_reported_on()
    {
        var m = Meta("粤府函〔2013〕5号 |\n广东省人民政府关于2012年 省十件民生实事落实情况的通报 各地级以上市人民政府,各县(市、区)人民政府: 2012年,全省各地…。现通报如下:");
        Assert.Equal((2012, "粤府函〔2013〕5号"), (m.Year, m.DocumentNumber));
    }

    [Fact]
    public void A_posting_date_copied_with_spaces_still_dates_the_text() =>
        Assert.Equal(2023, Meta("“越颐养”老年群体关爱工程\n季度目标\n发布日期: 2023- 12- 25 17: 53 来源: 区府办\n第一季度进展情况:已建成11家。").Year);

    [Theory]
    [InlineData("记者获悉，今年全省将新建助餐点1300个。厅长介绍，2023年，全省新建社区老年食堂100个。2024年，将再改造8000户，2025年底前实现全覆盖。", 2024)]
    // a year compared with (较2013年, 占2013年筹集的) is not the text's time either
    [InlineData("2013年共计投入3340万元。2014年，投入福彩公益金4500万元，较2013年增加1160万元，占2013年筹集的62.5%。2014年改扩建敬老院13所。", 2014)]
    // a text that names nothing but its deadline keeps it
    [InlineData("全市将新建社区老年食堂100个，到2025年实现全覆盖。", 2025)]
    // nor are the year a period starts from and a goal's year
    [InlineData("黎平县加大敬老院建设力度\n2010年以来,共新建敬老院24所。4个镇敬老院纳入2013年民政项目建设。下一步,力争2014年实现开工建设。", 2013)]
    // nor the year a review prepares for, while a year a count grew to is
    [InlineData("编者按:2024年,我们一道经历风雨彩虹。特推出专栏,旨在为2025年开好头、起好步。", 2024)]
    [InlineData("我市民生工程项目由2007年的12项拓展为2013年的33项,7年累计投入民生工程资金近115亿元。", 2013)]
    public void A_deadline_is_not_taken_for_the_texts_own_year_while_another_year_is_named(string text, int year) =>
        Assert.Equal(year, Meta(text).Year);

    [Theory]
    // a review of a period with no year of its own is written as the period ends, not in the year it compares with
    [InlineData("“十四五”期间,吉林省的民政事业取得了哪些成效?城乡低保平均标准较2020年分别增长32.4%和32.6%;累计建成各类养老机构1594家。", 2025)]
    // nor is a period named only as a base to compare with one the review looks to
    [InlineData("回望“十四五”,民生成绩单有温度。城乡低保标准提高到885元/人·月,较“十三五”末上涨24%。", 2025)]
    [InlineData("12月18日,记者从“十四五”发展成就专场新闻发布会获悉,全市公路通车里程达1.2万余公里。", 2025)]
    // five years looked back on from a period's end close the next period
    [InlineData("持续提高9类困难群体救助保障标准,较“十三五”末增幅均超过35%。五年来累计发放救助保障资金58.8亿元。", 2025)]
    // a text that names a year only to compare with speaks of the year after it
    [InlineData("全区城乡低保对象39.3万人,比2013年减少2.4万人;结婚登记2.19万对。", 2014)]
    // nor is the year of an old level, while the year of the level a change reached is no deadline
    [InlineData("全市农村低保保障人数由2009年的5900人提高到2012年的7905人,城市低保保障人数由2009年的8111人提高到11860人。", 2012)]
    public void A_year_only_compared_with_is_not_the_texts_own_year(string text, int year) =>
        Assert.Equal(year, Meta(text).Year);

    [Fact]
    public void A_headline_that_reviews_a_period_dates_the_text_whatever_period_it_looks_to_next() =>
        Assert.Equal(2020, Meta("【省民政厅】我省“十三五”期间殡葬改革成效明显\n3月31日,记者获悉:“十三五”时期,全省新建公益性公墓31座。" +
                                "“十四五”期间,全省将推进节地生态安葬。").Year);

    [Fact]
    public void A_text_that_sets_goals_for_a_periods_end_is_dated_no_later_than_the_periods_first_year() =>
        Assert.Equal(2011, Meta("27日,记者从全市民政工作会议获悉,至“十二五”末,全市养老床位总量达到5.1万张。").Year);

    [Fact]
    public void A_sentence_of_the_body_that_names_the_year_reviewed_is_not_taken_for_the_title() =>
        Assert.Equal(2023, Meta("环球时讯:@深圳人,今年两会将这样影响你的生活\n2月14日,深圳市七届人大四次会议开幕,市长向大会作政府工作报告,"
                                + "回顾2022年工作、安排2023年工作。\n2023年,深圳人的生活将有哪些新变化?新增托位1.6万个。").Year);

    [Fact]
    public void A_news_headline_dates_a_text_that_has_no_title() =>
        Assert.Equal(2018, Meta("定了!福州2018这十大民生工程 要让你的生活从头到尾发生剧变!\n福州全面推行“厕所革命”,今年至后年,每年都要建设城市公厕120座。").Year);

    [Fact]
    public void A_plan_for_the_next_period_is_not_dated_by_the_period_it_looks_back_on() =>
        Assert.NotEqual(2020, Meta("为实施“十四五”规划,依据有关文件,制定本规划。“十三五”期间,残疾人事业取得历史性新成就。").Year);

    [Fact]
    public void A_year_ending_a_plans_span_is_not_taken_for_the_texts_own_year()
    {
        // A progress report names its year once and each task's period (2013—2017年) again and again.
        var m = Meta("按照工作部署，各部门、各区县政府落实责任，细化措施，推动各项目标任务。2015年重点民生实事计划总投资277亿元，上半年完成投资156.92亿元。\n" +
                     "新建公路3000公里(2013—2017年)。上半年已完成1200公里。\n解决500万人饮水安全(2013-2017年)。\n搬迁50万人(2013至2017年)。");
        Assert.Equal(2015, m.Year);
        Assert.Contains("2015", m.Unconfirmed);
    }

    [Fact]
    public void The_year_falls_back_to_the_document_number_then_to_the_date()
    {
        Assert.Equal(2026, Meta("上海市民政局\n沪民发〔2026〕1号\n关于做好养老服务的通知\n2025年12月30日").Year);
        var m = Meta("上海市民政局\n关于做好养老服务的通知\n2025年12月30日");
        Assert.Equal((2025, (string?)null, "municipal"), (m.Year!.Value, m.DocumentNumber, m.Level));
    }

    [Fact]
    public void A_title_that_opens_with_its_year_and_no_nian_gives_the_year()
    {
        Assert.Equal(2009, Meta("2009十大民生实事\n就业不易?全年新增城镇就业85万人").Year);
    }

    [Fact]
    public void A_plan_for_a_five_year_period_with_no_year_is_dated_to_the_periods_start_and_marked_unconfirmed()
    {
        var m = Meta("长沙民政事业发展“十二五”规划(征求意见稿)\n一、“十一五”时期长沙民政事业发展的总结回顾");
        Assert.Equal(2011, m.Year);
        Assert.Contains("十二五", m.Unconfirmed ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void News_of_a_plan_for_a_five_year_period_with_no_year_is_dated_to_the_periods_start()
    {
        var m = Meta("1月31日召开的省政府常务会议审议通过了《某省残疾人事业“十二五”发展纲要》。\n“十一五”时期，全省新建特殊教育学校6所。");
        Assert.Equal(2011, m.Year);
        Assert.Contains("十二五", m.Unconfirmed ?? "", StringComparison.Ordinal);
    }

    [Theory]
    // its title says so
    [InlineData("中新网7月22日电 国务院新闻办公室22日举行“高质量完成‘十四五’规划”系列主题新闻发布会。\n会上介绍，“十四五”时期，残疾人两项补贴惠及1188.4万困难残疾人。")]
    // a review of the period that names years only as bounds and bases (截至2024年底, 相较于2020年)
    [InlineData("“十四五”时期民政事业发展交出暖心答卷\n相较于2020年，全国城乡低保平均标准分别增长26%。截至2024年底，共投入16.87亿元。")]
    public void A_text_that_completes_or_reviews_a_five_year_period_is_dated_to_its_end(string text) =>
        Assert.Equal(2025, Meta(text).Year);

    [Fact]
    public void The_months_of_a_year_so_far_name_that_year_and_a_period_still_to_come_is_no_review() =>
        Assert.Equal(2022, Meta("记者6日从住房和城乡建设部获悉，2022年前11个月，全国新开工改造城镇老旧小区5.1万个。2021年全国新开工改造5.56万个。"
                                + "“十四五”时期，我国将基本完成2000年底前建成的约21.9万个城镇老旧小区改造任务。").Year);

    [Fact]
    public void News_of_a_five_year_plan_completed_is_dated_to_the_periods_end()
    {
        var m = Meta("记者从国新办举行的“高质量完成‘十四五’规划”系列主题新闻发布会上获悉，慈善力量不断壮大。\n"
                     + "会上介绍，认真实施《“十四五”民政事业发展规划》，全国登记社会组织达86.5万个。");
        Assert.Equal(2025, m.Year);
        Assert.Contains("十四五", m.Unconfirmed ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Text_naming_no_bureau_is_read_and_its_metadata_marked_unconfirmed()
    {
        var m = Meta("会议纪要\n2025年新增 3 家社区长者食堂。");
        Assert.Equal((DocumentMetadataReader.UnknownIssuer, DocumentMetadataReader.UnknownLevel, 2025), (m.Issuer, m.Level, m.Year!.Value));
        Assert.Contains("发文机关未写明", m.Unconfirmed);
    }

    [Fact]
    public void A_district_outside_shanghai_is_coded_and_compared_against_its_own_city()
    {
        var m = Meta("杭州市上城区民政局\n2025年上城民政工作要点\n新增 3 家老年食堂。");
        Assert.Equal(("杭州市上城区民政局", "district", "上城区", "330102"), (m.Issuer, m.Level, m.District, m.DistrictCode));
        Assert.Equal(("330100", "杭州市"), (m.ParentRegionCode, m.ParentRegion));
        Assert.Null(m.Unconfirmed);
    }

    [Fact]
    public void A_county_name_shared_by_several_places_is_placed_by_the_city_the_text_names()
    {
        Assert.Equal("330106", Meta("西湖区民政局\n杭州市2025年民生实事\n").RegionCode);
        Assert.Equal("360103", Meta("西湖区民政局\n南昌市2025年民生实事\n").RegionCode);
        var unplaced = Meta("鼓楼区今年要为老百姓办10件实事\n2018年\n");
        Assert.Null(unplaced.RegionCode);
        Assert.Contains("地区无法识别", unplaced.Unconfirmed);
    }

    [Theory]
    [InlineData("常州市天宁区民政局\n2025年工作要点", "常州市天宁区民政局", "320402")]
    [InlineData("上海市青浦区人民政府办公室\n关于印发2025年青浦区实事项目的通知", "上海市青浦区人民政府办公室", "310118")]
    [InlineData("来源:珠山区民政局 发布时间:2025-01-08 16:05\n2024年工作总结及2025年工作安排", "景德镇市珠山区民政局", "360203")]
    [InlineData("上海市民政局\n2025年上海民政工作要点", "上海市民政局", "310000")]
    public void Issuers_that_are_not_a_shanghai_district_bureau_are_read(string text, string issuer, string code)
    {
        var m = Meta(text);
        Assert.Equal((issuer, code), (m.Issuer, m.RegionCode));
    }

    [Fact]
    public void A_news_report_without_issuer_or_title_year_takes_its_place_and_year_from_the_text()
    {
        var m = Meta("今日,杭州市第十四届人民代表大会常务委员会第二十一次会议召开。2024年10件民生实事具体完成情况公布。\n(一)已新增老年助餐服务点235个。2024年全年完成。");
        Assert.Equal(("330100", "municipal", 2024), (m.RegionCode, m.Level, m.Year!.Value));
        Assert.Contains("发文机关未写明", m.Unconfirmed);
    }

    [Fact]
    public void The_region_table_holds_every_province_and_shanghais_sixteen_districts()
    {
        Assert.Equal(31, CivilAffairsReports.Documents.Regions.All.Count(r => r.Level == "province"));
        Assert.True(CivilAffairsReports.Documents.Regions.All.Count >= 3000);
        Assert.Equal("330100", CivilAffairsReports.Documents.Regions.ByCode("330106")!.ParentCode);
        Assert.Equal(16, ShanghaiDistricts.All.Count);
        Assert.Equal(16, ShanghaiDistricts.All.Select(d => d.Code).Distinct().Count());
        Assert.All(ShanghaiDistricts.All, d => Assert.Matches(@"^3101\d\d$", d.Code));
        Assert.Equal("310115", ShanghaiDistricts.Find("浦东新区")?.Code);
        Assert.Equal("310115", ShanghaiDistricts.Find("浦东")?.Code);
        Assert.Equal("310151", ShanghaiDistricts.Find("崇明区")?.Code);
        Assert.Null(ShanghaiDistricts.Find("各区"));
    }

    private const string Sample = "上海市青浦区民政局\n一、新增 35 张认知障碍照护床位。\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_bom_is_recognised_by_its_nul_bytes(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, false);
        var (text, name) = DocumentDecoder.Decode("t.txt", encoding.GetBytes(Sample));
        Assert.Equal(Sample, text);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", name);
    }

    [Fact]
    public void Utf8_wins_over_gb18030_and_gbk_bytes_decode_as_gb18030()
    {
        Assert.Equal((Sample, "utf-8"), DocumentDecoder.Decode("t.txt", Encoding.UTF8.GetBytes(Sample)));
        Assert.Equal((Sample, "gb18030"), DocumentDecoder.Decode("t.txt", Encoding.GetEncoding(936).GetBytes(Sample)));
    }

    [Fact]
    public void Invalid_bytes_name_the_file_and_the_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("上海"), 0x80, 0xFF, 0xFF, 0xFF];
        var e = Assert.Throws<DocumentReadException>(() => DocumentDecoder.Decode("bad.txt", bytes));
        Assert.Equal("bad.txt", e.FileName);
        Assert.Contains("第 6 字节", e.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var e = Assert.Throws<DocumentReadException>(() => DocumentDecoder.Decode("empty.txt", []));
        Assert.StartsWith("empty.txt", e.Message);
    }
}
