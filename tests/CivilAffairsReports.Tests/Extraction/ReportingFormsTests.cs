using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Extraction;

/// <summary>
/// The forms of issue 8, one sentence each, written here (not copied from any document): units of their own, results
/// the text says happened, deadlines, tables, 分别 / 均 lists, joint counts and things outside the catalog.
/// </summary>
public class ReportingFormsTests
{
    private static readonly TargetExtractor Extractor = new(IndicatorCatalog.Load());

    // Sentences that report a past year ("2023年，…") are read in a 2024 document; plans in a 2025 one.
    private static ExtractedFigure Only(string text, int year = 2024)
    {
        var figures = Extractor.Extract(text, year).Figures;
        return Assert.Single(figures);
    }

    [Theory]
    [InlineData("2023年，全县殡仪馆火化遗体1200具。", "cremations", 1200, "具")]
    [InlineData("2023年，节约土地30亩。", "", 30, "亩")]
    [InlineData("2023年，节约木材500立方米。", "", 500, "立方米")]
    [InlineData("2023年，全年出动救助车辆1.5万台次。", "", 15000, "台次")]
    [InlineData("2023年，全县建设沼气池10815口。", "", 10815, "口")]
    [InlineData("2023年，安装可控高音喇叭752只。", "", 752, "只")]
    [InlineData("2023年，发放创业担保贷款302笔。", "", 302, "笔")]
    [InlineData("2023年，整理地名普查档案143卷。", "", 143, "卷")]
    [InlineData("2023年，全年救助流浪乞讨人员2.1万人次。", "assistance_person_times", 21000, "人次")]
    [InlineData("2023年，全年共计救助96人次。", "assistance_person_times", 96, "人次")]
    [InlineData("目前已建有助餐点120处。", "elderly_meal_point", 120, "家")]
    public void Units_of_their_own_are_read(string text, string indicator, int value, string unit)
    {
        var f = Only(text);
        Assert.Equal(indicator, f.Indicator.Id);
        Assert.Equal(value, f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("2024年，全市新建社区长者食堂40家。", FigureKinds.Actual, 2024)]
    [InlineData("截至6月底，全市已建成社区长者食堂40家。", FigureKinds.Actual, 2025)]
    [InlineData("目前已建有社区长者食堂40家，年均服务老年人不少于10万人次。", FigureKinds.Actual, 2025)]
    [InlineData("据统计，自2010年实行改革以来，全市共建成社区长者食堂40家。", FigureKinds.Actual, 2025)]
    [InlineData("到2027年底，全市社区长者食堂达到400家。", FigureKinds.Target, 2027)]
    [InlineData("到2025年底，全市社区长者食堂达到400家左右。", FigureKinds.Target, 2025)]
    public void Results_and_targets_are_read_from_the_words_around_the_figure(string text, string kind, int year)
    {
        var f = Extractor.Extract(text, 2025).Figures.First(x => x.Indicator.Id == "community_elderly_canteen");
        Assert.Equal(kind, f.Kind);
        Assert.Equal(year, f.Year);
    }

    [Theory]
    [InlineData("全县孤儿基本生活保障标准分别提高到1820元/人/月和1110元/人/月。", "orphan_living_allowance_standard", 1820, 1110)]
    [InlineData("城乡低保标准分别提高到900元/人·月、700元/人·月。", "subsistence_allowance_standard", 900, 700)]
    public void Money_per_person_and_period_written_as_a_unit_is_the_standard_for_each_figure_of_a_list(string text, string indicator, int first, int second)
    {
        var figures = Extractor.Extract(text, 2024).Figures;
        Assert.Equal([(indicator, (decimal)first, "元"), (indicator, (decimal)second, "元")],
            figures.Select(f => (f.Indicator.Id, f.Value, f.Unit)).ToArray());
    }

    [Theory]
    // a rate a plan says may or must reach
    [InlineData("城市社区日间照料覆盖率可达92.5%。", 92.5)]
    [InlineData("全市农村五保集中供养率要达到45%以上。", 45)]
    // the share one thing reaches of another
    [InlineData("省二级敬老院达到敬老院总数的35%以上。", 35)]
    public void A_rate_or_share_a_plan_sets_is_a_target(string sentence, double value)
    {
        var figure = Extractor.Extract("2024年民政工作要点\n" + sentence + "\n", 2024).Figures.Single(f => f.Value == (decimal)value);
        Assert.Equal((FigureKinds.Target, "%"), (figure.Kind, figure.Unit));
    }

    [Fact]
    public void The_share_of_a_plan_done_is_no_share_of_its_own() =>
        Assert.DoesNotContain(Extractor.Extract("2024年民政工作要点\n完成投资达到年度计划的70%。\n", 2024).Figures, f => f.Value == 70m);

    [Theory]
    [InlineData("新辟公交线路10条,优化调整公交线路20条。", 10, "条")]
    [InlineData("一、打通36条城区规划路", 36, "条")]
    [InlineData("地质灾害隐患点搬迁安置185人。", 185, "人")]
    [InlineData("铺设供水管网12公里。", 12, "公里")]
    [InlineData("对农村危房改造户每户补助资金3500元。", 3500, "元")]
    [InlineData("重残居家托养补助2300人。", 2300, "人")]
    public void A_plans_verbs_of_works_and_services_make_a_task_of_the_count(string sentence, int value, string unit)
    {
        var figure = Extractor.Extract("2024年区政府民生实事项目\n" + sentence + "\n", 2024).Figures.Single(f => f.Value == value);
        Assert.Equal((FigureKinds.Target, 2024, unit), (figure.Kind, figure.Year, figure.Unit));
    }

    [Theory]
    // 月人均 says per person, as 每人每月 does
    [InlineData("城乡低保标准提高至月人均400元。", "subsistence_allowance_standard", 400)]
    // the new level a standard is raised to, whatever verb raises it (增加到, 统一调至)
    [InlineData("农村特困人员供养标准由每人每年1400元增加到1540元。", "extreme_poverty_support_standard", 1540)]
    [InlineData("城乡最低生活保障标准由月人均420元统一调至月人均660元。", "subsistence_allowance_standard", 660)]
    public void The_new_level_a_standard_is_raised_to_is_the_standard(string text, string indicator, int value)
    {
        var figure = Only(text);
        Assert.Equal((indicator, (decimal)value), (figure.Indicator.Id, figure.Value));
    }

    [Theory]
    [InlineData("城市居民最低生活保障月人均支出水平392.4元/人。")]
    [InlineData("城市低保、农村低保补差水平月均分别达到300元/人。")]
    public void An_average_paid_per_person_is_not_the_standard(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text, 2024).Figures, f => f.Indicator.Id == "subsistence_allowance_standard");

    [Fact]
    public void A_text_of_one_line_that_tells_what_was_done_is_read_as_results_whatever_words_it_holds()
    {
        // No title line: the first line is the text itself, and a 任务 in it says nothing about what kind of text it is.
        const string text = "全县低保标准提高到每月625元。新增就业3400人，累计建成安居住房9761套，做到了应保尽保，“七五”普法任务圆满完成。";
        var figures = Extractor.Extract(text, 2020).Figures;
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        // The same sentences under a plan's title stay the plan's.
        Assert.Contains(Extractor.Extract("2020年工作计划\n" + text, 2020).Figures, f => f.Kind == FigureKinds.Target);
    }

    [Fact]
    public void A_plan_list_line_of_a_count_and_its_noun_alone_is_a_task_but_a_count_of_projects_is_not()
    {
        const string text = "2019年区政府实事项目安排\n实事项目\n01\n*2家社区综合为老服务中心\n100个农村睦邻互助点\n*366张养老床位\n3个教育工程\n02\n";
        var figures = Extractor.Extract(text, 2019).Figures;
        Assert.Equal([("community_elderly_service_center", 2m), ("", 100m), ("elderly_care_beds", 366m)],
            figures.Select(f => (f.IsUncatalogued ? "" : f.Indicator.Id, f.Value)).ToArray());
        Assert.All(figures, f => Assert.Equal((FigureKinds.Target, Measures.New, 2019), (f.Kind, f.Measure, f.Year)));
    }

    [Fact]
    public void A_task_named_as_a_title_is_read_but_a_documents_title_is_not()
    {
        const string text = "2023年为民实事\n《通知》内容主要包括《新增社区老年助餐点20个》《建成幼儿园3所》等实事方案。依据《养老服务体系建设规划(新增床位500张)》实施。";
        var figures = Extractor.Extract(text, 2023).Figures;
        Assert.Equal([20m, 3m], figures.Select(f => f.Value).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Theory]
    [InlineData("", FigureKinds.Actual)]
    [InlineData("明年要继续推进。", FigureKinds.Target)]
    public void A_text_with_one_word_of_what_happened_and_none_of_what_will_be_done_is_a_report(string planSentence, string kind)
    {
        var text = "2019年上海着力破解民生难题\n新增老年人日间服务中心83家，实现了街镇全覆盖。" + planSentence;
        var centres = Extractor.Extract(text, 2019).Figures.Single(f => f.Indicator.Id == "day_care_center");
        Assert.Equal(kind, centres.Kind);
    }

    [Fact]
    public void Money_a_standard_sets_per_case_and_its_cap_are_rates()
    {
        const string text = "惠民殡葬服务项目及费用标准\n1.遗体接运，免除费用标准每公里3元，最高免除480元；\n2.遗体消毒，免除费用标准每具90元。";
        var figures = Extractor.Extract(text, 2024).Figures;
        Assert.Equal([3m, 480m, 90m], figures.Select(f => f.Value).ToArray());
        Assert.All(figures, f => Assert.Equal((FigureKinds.Target, Measures.Rate, "元"), (f.Kind, f.Measure, f.Unit)));
    }

    [Fact]
    public void A_year_compared_with_is_not_the_time_and_a_plan_in_a_review_is_a_goal()
    {
        const string text = "2022年慈善工作总结\n全年实现日常募捐筹款额9047万元，与2021年同比稳步增长。总会出台了实施意见，计划围绕4个对口村，5年捐赠投入30亿元以上帮扶资金。";
        var figures = Extractor.Extract(text, 2022).Figures;
        Assert.Contains(figures, f => f is { Value: 9047m, Kind: FigureKinds.Actual, Year: 2022 } && f.Indicator.Id == "charity_donations");
        Assert.Contains(figures, f => f is { Value: 30m, Kind: FigureKinds.Target });
    }

    [Theory]
    [InlineData("在“十二五”收官之年，全区将建成县级老年护理院10个。", 2015)]
    [InlineData("在“十三五”开局之年，全区将建成县级老年护理院10个。", 2016)]
    public void The_closing_or_opening_year_of_a_five_year_period_is_its_last_or_first_year(string sentence, int year)
    {
        var homes = Extractor.Extract(sentence, 2014).Figures.Single(f => f.Value == 10m);
        Assert.Equal((FigureKinds.Target, year), (homes.Kind, homes.Year));
    }

    [Fact]
    public void A_year_a_record_is_set_against_does_not_date_a_news_items_figures()
    {
        var raised = Extractor.Extract("募捐去年超千万\n本报5月21日讯 记者从会上获悉，全市去年募集善款2688万元，创2008年后的历史新高。\n", 2014)
            .Figures.Single(f => f.Value == 2688m);
        Assert.Equal((FigureKinds.Actual, 2013), (raised.Kind, raised.Year));
    }

    [Fact]
    public void A_speakers_account_of_a_past_year_reports_that_years_results()
    {
        var canteens = Extractor.Extract("某省今年新建助餐点1300个\n厅长张某介绍，2023年，全省养老服务体系进一步完善。全省新建社区老年食堂100个。\n", 2024)
            .Figures.Single(f => f.Value == 100m);
        Assert.Equal((FigureKinds.Actual, 2023), (canteens.Kind, canteens.Year));
    }

    [Fact]
    public void The_rural_and_urban_shares_of_a_total_just_counted_are_its_breakdown()
    {
        var figures = Extractor.Extract("2024年11月社会救助工作情况\n2024年11月，全区共有低保对象4966户6535人，其中农村低保4497户5919人，城镇低保469户616人，当月发放低保金7204040元。", 2024).Figures;
        Assert.Equal([4966m, 6535m, 7204040m], figures.Select(f => f.Value).ToArray());
        // Shares of another kind stay figures of their own: 社会组织共17280家，其中社会团体4356家.
        Assert.Contains(Extractor.Extract("截至12月底，全市社会组织共17280家，其中社会团体4356家，基金会652家。", 2024).Figures, f => f.Value == 4356m);
    }

    [Fact]
    public void Parts_after_qizhong_in_the_counter_of_the_total_before_it_are_its_breakdown()
    {
        var figures = Extractor.Extract("2023年慈善工作总结\n2023年，区慈善会募集善款3400万元，其中企业捐赠1382万元，个人捐赠68万元；资助困难学生120人。", 2023).Figures;
        Assert.Equal([3400m, 120m], figures.Select(f => f.Value).ToArray());
        // A part in a state of its own stays a figure: 新增老年食堂15个，其中3个已完成建设.
        Assert.Contains(Extractor.Extract("2024年1季度进展情况\n新增老年食堂15个，其中3个已完成建设。", 2024).Figures, f => f.Value == 3m);
        // So does a part of another counter (其中认知障碍照护床位 names an indicator of its own).
        Assert.Contains(Extractor.Extract("2024年工作要点\n新增养老床位1200张，其中认知障碍照护床位400张。", 2024).Figures, f => f.Value == 400m);
    }

    [Fact]
    public void A_sentence_of_a_report_opened_by_what_this_year_will_do_is_this_years_plan()
    {
        const string report = "乡镇卫生院建设情况\n已竣工学校20处。卫生院服务能力稳步提升。今年，将招聘16名大学生充实到乡镇卫生院；投资1350万元，计划改(扩)建乡镇卫生院5处。\n";
        var figures = Extractor.Extract(report, 2013).Figures;
        Assert.Equal(FigureKinds.Actual, figures.Single(f => f.Value == 20m).Kind);
        Assert.All(figures.Where(f => f.Value is 16m or 1350m or 5m), f => Assert.Equal(FigureKinds.Target, f.Kind));
        Assert.Equal(4, figures.Count);
    }

    [Fact]
    public void A_clauses_own_plan_outweighs_what_its_sentence_reported_before_it()
    {
        const string report = "殡葬改革工作情况\n已建成骨灰灵堂4个。今年，该镇计划投资612万元新建骨灰灵堂，目前已完成选址；计划投资30万元维修墓区道路。\n";
        var figures = Extractor.Extract(report, 2018).Figures;
        Assert.Equal(FigureKinds.Target, figures.Single(f => f.Value == 30m).Kind);
        Assert.Equal(FigureKinds.Actual, figures.Single(f => f.Value == 4m).Kind);
    }

    [Fact]
    public void Standards_a_policy_newly_sets_are_the_standards_set_whatever_the_news_around_them_reports()
    {
        const string news = "我市城乡低保标准再提高10%\n记者从市民政局获悉，4月12日，市民政局、市财政局联合印发《关于进一步提高城乡低保和特困人员救助供养标准的通知》，"
            + "要求城市低保标准由目前的每人每月719元提高到每人每月不低于791元；城市特困人员基本生活标准由目前的每人每月935元提高到每人每月1029元。"
            + "城乡特困人员照料护理标准由目前的全护理每人每月640元、半护理每人每月320元提高到全护理每人每月704元、半护理每人每月352元。\n";
        var figures = Extractor.Extract(news, 2021).Figures;
        Assert.Equal([791m, 1029m, 704m, 352m], figures.Select(f => f.Value).ToArray());
        Assert.All(figures, f => Assert.Equal((FigureKinds.Target, 2021), (f.Kind, f.Year)));
        // 城市特困人员基本生活标准 is the standard, not 城市特困人员 (the longer name that starts inside the shorter one wins).
        Assert.Equal("extreme_poverty_support_standard", figures.Single(f => f.Value == 1029m).Indicator.Id);
    }

    [Fact]
    public void A_lines_label_before_its_colon_names_its_figures_and_a_basis_reckoned_from_is_none()
    {
        const string news = "市民政局召开新闻发布会，介绍提高城乡低保标准有关情况。\n自2019年10月1日起，我市提高城乡低保和特困人员救助供养标准。\n"
            + "(一)城市低保标准：由每人每月600元提高到620元。\n(二)照料护理标准：按照我市上年度最低工资标准为22920元计算，每人每年2292元。\n";
        var figures = Extractor.Extract(news, 2019).Figures;
        Assert.Equal(("subsistence_allowance_standard", FigureKinds.Target), (figures.Single(f => f.Value == 620m).Indicator.Id, figures.Single(f => f.Value == 620m).Kind));
        Assert.DoesNotContain(figures, f => f.Value == 22920m);
    }

    [Fact]
    public void A_text_naming_shishi_that_tells_what_happened_far_more_than_what_will_be_done_reports_results()
    {
        const string review = "城西区民生工作\n城西区落实了6类民生实事，兑现了承诺，办好了一批好事，群众已得到实惠。新建助餐点12个，改造老旧小区800套。\n";
        Assert.All(Extractor.Extract(review, 2021).Figures.Where(f => f.Value is 12m or 800m), f => Assert.Equal(FigureKinds.Actual, f.Kind));
        // A headline that says the tasks were delivered (兑现30项) reports them too.
        Assert.Equal(FigureKinds.Actual, Extractor.Extract("西宁市兑现30项民生实事\n新建助餐点12个，改造老旧小区800套。\n", 2021).Figures.Single(f => f.Value == 12m).Kind);
    }

    [Fact]
    public void A_text_that_opens_with_its_year_or_a_date_reached_and_no_plan_looks_back_on_it()
    {
        var review = Extractor.Extract("2021年，大安市聚焦群众期盼，坚定不移增投入、解民需，重点实施五大工程暖民心。\n文教育民工程。投资3.7亿元，新建小学2所。\n", 2021).Figures;
        Assert.All(review, f => Assert.Equal((FigureKinds.Actual, 2021), (f.Kind, f.Year)));
        // A long first line ending as a sentence does is the text, not a title whose 计划 would make it a plan.
        var progress = Extractor.Extract("截至十月底，盐城市20项为民办实事项目累计完成投资占年度投资计划92.1%，较去年同期提高1.6个百分点。\n一是教育供给类完成12所幼儿园建设。\n", 2024).Figures;
        Assert.Equal(FigureKinds.Actual, progress.Single(f => f.Value == 12m).Kind);
        // The news that the year's list was voted is still the plan.
        var voted = Extractor.Extract("2019年，我市经由3568名人大代表票决，产生了民生实事项目141件。\n新建养老服务中心20家。\n", 2019).Figures;
        Assert.Equal(FigureKinds.Target, voted.Single(f => f.Value == 20m).Kind);
    }

    [Fact]
    public void News_that_the_years_list_was_settled_is_the_plan_and_a_short_slogan_line_is_a_title()
    {
        var settled = Extractor.Extract("我市2021年重点民生实事项目出炉\n西宁市坚定不移增进民生福祉，2021年确定实施十大类30项重点民生实事项目。这是记者从市政府办公室获悉的。\n新建养老服务中心20家。\n", 2021).Figures;
        Assert.Equal((FigureKinds.Target, 2021), (settled.Single(f => f.Value == 20m).Kind, settled.Single(f => f.Value == 20m).Year));
        var review = Extractor.Extract("雕琢民生细节，解锁民生幸福密码。\n2021年，州人民政府围绕群众最关心的民生问题，办好10件惠民实事。\n实施城镇老旧小区改造16530户。\n", 2021).Figures;
        Assert.Equal(FigureKinds.Actual, review.Single(f => f.Value == 16530m).Kind);
        // What a slogan in quotes says will be done is not the text's plan.
        var slogan = Extractor.Extract("2022年，县委、县政府按照“疫情要防住，经济要稳住”总体要求，全县经济社会发展总体平稳。\n全年新建村级养老服务站12个。\n", 2022).Figures;
        Assert.Equal(FigureKinds.Actual, slogan.Single(f => f.Value == 12m).Kind);
    }

    [Fact]
    public void A_list_items_completion_verb_and_a_headlines_slogan_do_not_make_a_plan_a_report()
    {
        // "（1）全面建成…工程" is an item of the list the news announces, not a headline that it was all done.
        var list = Extractor.Extract("报告指出，2022年县政府将重点抓好10件民生实事：\n(1)全面建成投运城乡供水工程，让54.13万群众喝上洮河水。\n(2)新增城镇就业5500人以上。\n", 2022).Figures;
        Assert.NotEmpty(list);
        Assert.All(list, f => Assert.Equal(FigureKinds.Target, f.Kind));
        // "夯实发展基础" in a headline is a slogan, not the heading of a plan's starting point.
        var slogan = Extractor.Extract("改善基础设施 夯实发展基础\n县委决定今年为民办成10件实事：一是年内完成3020口沼气池建设。二是建设廉租住房200套。\n", 2009).Figures;
        Assert.NotEmpty(slogan);
        Assert.All(slogan, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Fact]
    public void A_progress_title_in_a_pages_table_cell_and_an_opening_that_looks_back_over_recent_years_report_results()
    {
        var progress = Extractor.Extract("| 内容概述 | 2025年1-6月新吴区为民办实事项目进展情况 | | |\n关心关爱方面，完成1个社区托育点建设；支持成功自主创业530人。\n", 2025).Figures;
        Assert.All(progress, f => Assert.Equal((FigureKinds.Actual, 2025), (f.Kind, f.Year)));
        var review = Extractor.Extract("近年来，凤台县深入践行以人民为中心的发展思想，持续加强民生建设。\n该县聚焦“一老一小”，2025年新建农村幸福院8家，新增婴幼儿托位512个。\n", 2025).Figures;
        Assert.NotEmpty(review);
        Assert.All(review, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void News_that_says_what_this_year_will_bring_before_naming_its_source_is_the_plan_and_this_year_follows_last_year()
    {
        var news = Extractor.Extract("北京今年低保将涨至每月700元以上\n在去年兴建104个街道养老照料中心的基础上，今年本市将再建至少40个。另外，本市今年的低保补助将调整至每月700元以上。这是北京青年报记者从昨天举行的北京市民政局2015年重点工作发布会上了解到的。\n", 2015).Figures;
        Assert.Equal((FigureKinds.Target, 2015), (news.Single(f => f.Value == 40m).Kind, news.Single(f => f.Value == 40m).Year));
        Assert.Equal(FigureKinds.Target, news.Single(f => f.Value == 700m).Kind);
    }

    [Fact]
    public void A_work_reports_count_of_tasks_opens_its_list_and_a_qizhong_sentence_breaks_down_the_total_before_it()
    {
        // Every quantity of the list the 政府工作报告 sets is a task, whatever its verb (通…路, 免费检查).
        var list = Extractor.Extract("今年的政府工作报告提出切实办好12件重点民生实事：\n1、自然村通水泥路1.5万公里。\n2、低保适龄妇女“两癌”免费检查100万人。\n", 2019).Figures;
        Assert.Equal(FigureKinds.Target, list.Single(f => f.Value == 15000m).Kind);
        // "实施118条市政道路建设。其中，建成…50条道路": the parts after a 其中 that opens the next 。-sentence are the total's.
        var roads = Extractor.Extract("今年，我市将办好十件实事。\n1.实施118条市政道路建设。其中，建成永明路北段等50条道路，完成铁西路南段等15条道路大修改造。\n", 2017).Figures;
        Assert.Contains(roads, f => f.Value == 118m);
        Assert.DoesNotContain(roads, f => f.Value is 50m or 15m);
        // A count of sub-projects is not a total its 其中 breaks down.
        var projects = Extractor.Extract("西青区将启动20个大项、60个子项的民心工程。其中，该区今年将在9个街镇建设100个智慧平安社区。\n", 2019).Figures;
        Assert.Contains(projects, f => f.Value == 100m);
    }

    [Fact]
    public void A_total_counted_in_two_counters_is_broken_down_in_both()
    {
        var figures = Extractor.Extract("2023年工作总结\n全市城市低保对象33087户57374人，其中市本级23502户41878人；农村低保对象25070户42469人，其中市本级3127户4539人。\n", 2023).Figures;
        Assert.Contains(figures, f => f.Value == 33087m);
        Assert.DoesNotContain(figures, f => f.Value is 23502m or 41878m or 3127m or 4539m);
    }

    [Fact]
    public void A_lottery_funds_use_announcement_reports_the_year()
    {
        var figures = Extractor.Extract("2016年浙江省福利彩票公益金使用情况公告\n2016年全省福利彩票公益金共资助各类社会福利和公益事业项目1.35万个，资助公益金17.6亿元。\n", 2016).Figures;
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal((FigureKinds.Actual, 2016), (f.Kind, f.Year)));
    }

    [Fact]
    public void A_rate_listed_after_fenbie_or_kept_under_a_ceiling_is_named_by_its_rate()
    {
        var review = Extractor.Extract("2024年工作总结\n城乡养老服务设施覆盖率分别达到96.9%、65.7%。\n", 2024).Figures;
        Assert.Equal([96.9m, 65.7m], review.Select(f => f.Value));
        Assert.All(review, f => Assert.Equal(("城乡养老服务设施覆盖率", FigureKinds.Actual, Measures.Rate), (f.Indicator.Name, f.Kind, f.Measure)));
        var plan = Extractor.Extract("2025年工作要点\n城镇登记失业率控制在3.5%以下。\n", 2025).Figures;
        Assert.Equal(("城镇登记失业率", 3.5m, FigureKinds.Target), (plan.Single().Indicator.Name, plan.Single().Value, plan.Single().Kind));
    }

    [Fact]
    public void A_campaign_since_a_month_of_last_year_reports_the_year_it_runs_into()
    {
        // Posted 2021-01-08: "2020年12月以来" starts the campaign, its figures are of the report's year (a year named alone keeps
        // its own: see the meeting's account below).
        var figures = Extractor.Extract("困难群众御寒救助工作\n时间:2021-01-08 09:26\n海南日报记者1月7日从省民政厅获悉,2020年12月以来,省民政厅持续开展送温暖活动。\n排查敬老院110所\n", 2021).Figures;
        Assert.Equal((FigureKinds.Actual, 2021), (figures.Single().Kind, figures.Single().Year));
    }

    [Fact]
    public void Wubao_the_older_name_of_the_extreme_poverty_roll_is_catalogued_as_it()
    {
        var figures = Extractor.Extract("2011年上半年工作总结\n我市共有农村五保对象764名，农村五保供养标准提高到每人每年1540元。\n", 2011).Figures;
        Assert.Equal(["extreme_poverty_support_recipients", "extreme_poverty_support_standard"], figures.Select(f => f.Indicator.Id));
    }

    [Fact]
    public void A_results_notice_whose_title_a_page_broke_over_two_lines_is_read_as_a_progress_report()
    {
        var figures = Extractor.Extract("29项为民办实事项目,如期完成!\n近日\n省委、省政府发布\n关于2023年为民办实事项目\n实施情况的通报\n" +
            "二、新建、改扩建公办幼儿园150所\n全省开工新建、改扩建城区和城乡结合部公办幼儿园195所,完成年度计划的130%。\n", 2023).Figures;
        Assert.Equal((FigureKinds.Target, 2023), (figures.Single(f => f.Value == 150m).Kind, figures.Single(f => f.Value == 150m).Year));
        Assert.Equal((FigureKinds.Actual, 2023), (figures.Single(f => f.Value == 195m).Kind, figures.Single(f => f.Value == 195m).Year));
    }

    [Fact]
    public void News_of_last_years_results_and_this_years_list_reads_the_list_under_its_heading_as_targets()
    {
        var figures = Extractor.Extract("西安市公布2013年十件惠民实事\n西安市政府举行新闻发布会,通报西安市2012年经济运行和惠民实事完成情况,以及西安市2013年十件惠民实事主要安排。\n" +
            "2013年十件惠民实事主要安排\n一是继续推进缓堵保畅工作。修建人行天桥及地下通道10处,更新公交车350辆。\n", 2013).Figures;
        Assert.Equal([10m, 350m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal((FigureKinds.Target, 2013), (f.Kind, f.Year)));
    }

    [Fact]
    public void A_clause_that_only_totals_counts_the_roll_its_sentence_opened_with()
    {
        var figures = Extractor.Extract("2022年上半年工作总结\n截至目前,城市低保新增37户58人,清退231户411人,共有2511户,3677人。\n", 2022).Figures;
        Assert.Equal("subsistence_allowance_recipients", figures.Single(f => f.Value == 2511m).Indicator.Id);
        Assert.Equal("subsistence_allowance_recipients", figures.Single(f => f.Value == 3677m).Indicator.Id);
    }

    [Fact]
    public void A_numbered_heading_run_into_its_paragraph_still_heads_it()
    {
        var figures = Extractor.Extract("(二)为民办实事考核指标完成情况。经考核验收,有26个考核指标超额完成任务,分别是:改造县乡公路3290公里,为任务的164.5%;建成乡镇到村水泥(沥青)路11702公里,为任务的146.3%。\n", 2011).Figures;
        Assert.Equal(FigureKinds.Actual, figures.Single(f => f.Value == 11702m).Kind);
    }

    [Fact]
    public void A_verb_with_le_says_its_clause_and_the_clauses_after_it_happened()
    {
        // (A text that also says what next year will do: its words of plans outnumber those of results.)
        var figures = Extractor.Extract("宣城传媒网讯 2007年郎溪县稳步推进社会主义新农村建设,取得明显成效。\n2008年,郎溪县将力争完成目标。\n" +
            "2007年全县完成了“村村通”公路路基里程95公里,完成路面里程53公里。\n", 2007).Figures;
        Assert.Equal([95m, 53m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void News_that_the_government_published_the_years_list_reads_it_as_targets()
    {
        var figures = Extractor.Extract("今年十大实事项目出炉\n记者获悉,苏州市政府今天公布2010年十大实事项目。\n项目四:全市新增养老床位5000张,筹建市社会福利中心。\n", 2010).Figures;
        Assert.Equal((FigureKinds.Target, 2010), (figures.Single().Kind, figures.Single().Year));
    }

    [Fact]
    public void A_title_that_opens_with_its_year_and_a_comma_looks_back_on_that_year()
    {
        var figures = Extractor.Extract("2024年,我们用心用情办实事,发展成果可感可及\n民生实事见行见效。投入资金1.55亿元,高质量完成省、市下达的民生实事。发放育儿补贴475万元。\n", 2024).Figures;
        Assert.Equal([1.55m, 475m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal((FigureKinds.Actual, 2024), (f.Kind, f.Year)));
    }

    [Fact]
    public void Goods_handed_out_are_counted_in_their_own_counters()
    {
        var figures = Extractor.Extract("2015年冬季救助工作总结\n全县共发放棉被2000床、帐篷100顶、大米100公斤,为80周岁以上老人投保意外伤害保险2.5万份。\n", 2015).Figures;
        Assert.Equal([("床", 2000m), ("顶", 100m), ("公斤", 100m), ("份", 25000m)], figures.Select(f => (f.Unit, f.Value)));
    }

    [Fact]
    public void Wei_counts_people_as_ming_does()
    {
        var figures = Extractor.Extract("2023年工作总结\n全年为 1035 位老年人提供居家养老上门服务。\n", 2023).Figures;
        Assert.Equal(("人", "位", 1035m), (figures.Single().Unit, figures.Single().UnitWritten, figures.Single().Value));
    }

    [Fact]
    public void An_item_of_a_plans_body_that_says_fully_carried_out_is_not_a_headline_of_completion()
    {
        var figures = Extractor.Extract("2024年湖北省政府工作报告提出,聚焦保障改善民生。今年,湖北将继续实施10大类52项民生实事。\n着力实现幼有善育\n" +
            "在县(市)全面落实生育二孩、三孩的家庭购房补助政策\n新增3岁以下婴幼儿托位4.5万个\n新增公办幼儿园学位1.5万个\n", 2024).Figures;
        Assert.Equal([45000m, 15000m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Fact]
    public void A_title_ending_in_the_years_work_looked_back_on_is_a_summary()
    {
        var figures = Extractor.Extract("聚焦民生实事 书写幸福答卷——2023年西藏阿里地区民政工作回眸\n民政爱民、民政为民。\n全年发放城乡低保金2358.69万元。\n", 2023).Figures;
        Assert.Equal((FigureKinds.Actual, 2358.69m), (figures.Single().Kind, figures.Single().Value));
    }

    [Fact]
    public void A_headline_counting_the_years_tasks_to_do_well_opens_a_plan_not_a_review()
    {
        var plan = Extractor.Extract("2022年,市中区办好22件民生实事\n一、对2500户居民供电进行一户一表改造。\n三、新建规范化社区养老设施13处、农村幸福院8处。\n", 2022).Figures;
        Assert.NotEmpty(plan);
        Assert.All(plan, f => Assert.Equal(FigureKinds.Target, f.Kind));
        // A review that recalls the report which set the tasks still looks back.
        var review = Extractor.Extract("雕琢民生细节,解锁民生幸福密码。\n2021年,州人民政府政府工作报告中提出办好10件惠民实事。通过一年的努力,10件惠民实事全面完成。\n发放城镇住房保障家庭租赁补贴6186户。\n", 2021).Figures;
        Assert.Equal(FigureKinds.Actual, review.Single(f => f.Value == 6186m).Kind);
    }

    [Fact]
    public void A_meeting_that_summed_up_a_year_reports_that_years_results_and_a_planned_clause_is_no_part_of_a_stock()
    {
        var review = Extractor.Extract("重庆民政部门五年支出救助资金297.55亿元\n人民网重庆1月15日电 15日,重庆市民政局召开2021年全市民政工作视频会议。\n" +
            "会上,总结了重庆市2020年和“十三五”民政工作。过去五年,累计建成社区便民服务中心2175个。\n", 2021).Figures;
        Assert.Equal((FigureKinds.Actual, 2020), (review.Single(f => f.Value == 2175m).Kind, review.Single(f => f.Value == 2175m).Year));
        var plan = Extractor.Extract("2020年重庆将大幅增加基层养老服务机构\n据介绍,重庆现有226个街道,计划建设街道养老服务中心220个,覆盖率可达97.3%。\n", 2020).Figures;
        Assert.Equal(FigureKinds.Target, plan.Single(f => f.Value == 220m).Kind);
    }

    [Fact]
    public void A_change_of_a_rate_in_percentage_points_is_not_a_count()
    {
        var figures = Extractor.Extract("2020年残疾人事业统计公报\n持证残疾人基本康复服务率达94%,比上年提升1.4个百分点。\n", 2020).Figures;
        Assert.Equal(94m, figures.Single().Value);
    }

    [Fact]
    public void An_editors_lede_opening_with_the_year_looks_back_though_it_names_a_way_of_working()
    {
        var figures = Extractor.Extract("编者按:2024年,我们坚持“加快建设功能服务区”这一目标导向,一起走过春夏秋冬。\n民生保障有力有效。民生支出7.43亿元,保障人员3.6万人。\n", 2024).Figures;
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void A_standard_adjusted_to_a_new_level_is_the_new_level()
    {
        var figures = Extractor.Extract("关于调整城乡低保标准的通知\n(一)城区城市低保月标准由607元调整为635元。\n(二)城区农村低保年标准由4161元调整为4435元。\n", 2018).Figures;
        Assert.Equal([635m, 4435m], figures.Select(f => f.Value).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Fact]
    public void A_change_from_an_old_level_gives_the_new_level_its_name_and_a_past_years_level_tells_what_happened()
    {
        var figures = Extractor.Extract("合作市民政工作\n近年来,该市逐步完善了社会救助体系。全市农村低保保障人数由2009年的5900人提高到2012年的7905人," +
            "新农保基础养老金由每人每月100元提高到120元,集中供养率由2009年的31.18%提高到41.19%,养老床位由1000张提高到1200张。\n", 2012).Figures;
        Assert.Equal([7905m, 120m, 41.19m, 1200m], figures.Select(f => f.Value).ToArray());
        Assert.All(figures, f => Assert.Equal((FigureKinds.Actual, 2012), (f.Kind, f.Year)));
        Assert.Equal("subsistence_allowance_recipients", figures[0].Indicator.Id);
        Assert.Equal("新农保基础养老金", figures[1].Indicator.Name);
        Assert.Equal("集中供养率", figures[2].Indicator.Name);
        Assert.Equal("elderly_care_beds", figures[3].Indicator.Id);
    }

    [Fact]
    public void A_text_that_gives_a_verdict_on_work_done_reports_it()
    {
        var review = Extractor.Extract("残疾人工作\n【概况】 全区残联各项工作取得明显成效。\n【康复】 为残疾人提供康复服务3400余人,安装假肢36例。\n", 2020).Figures;
        Assert.NotEmpty(review);
        Assert.All(review, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        var plan = Extractor.Extract("残疾人工作\n为残疾人提供康复服务3400余人,安装假肢36例。\n", 2020).Figures;
        Assert.All(plan, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Fact]
    public void What_a_progress_report_says_is_planned_or_hoped_for_is_a_target()
    {
        var figures = Extractor.Extract("2017年民生实事进展情况\n截至12月底,已完成农村危房改造12000户。2017年度计划实施农村危房改造170878户。年底有望建成老年大学3所。\n", 2017).Figures;
        Assert.Equal(FigureKinds.Actual, figures.Single(f => f.Value == 12000m).Kind);
        Assert.Equal(FigureKinds.Target, figures.Single(f => f.Value == 170878m).Kind);
        Assert.Equal(FigureKinds.Target, figures.Single(f => f.Value == 3m).Kind);
    }

    [Fact]
    public void A_review_of_the_past_year_under_a_government_report_is_of_the_year_before()
    {
        var figures = Extractor.Extract("2010年政府工作报告(全文)\n各位代表:\n  一、过去一年工作回顾\n  新建农村日间照料中心12个,改造农村危房2300座。\n  二、2010年工作安排\n  新建农村日间照料中心20个。\n", 2010).Figures;
        Assert.Equal([(12m, FigureKinds.Actual, 2009), (2300m, FigureKinds.Actual, 2009), (20m, FigureKinds.Target, 2010)],
            figures.Select(f => (f.Value, f.Kind, f.Year)).ToArray());
    }

    [Fact]
    public void A_rate_keeps_its_name_across_an_adverb_or_a_bound_and_a_coverage_is_a_rate()
    {
        var figures = Extractor.Extract("2013年民心工程进展\n中心城区老年助餐社区覆盖率目前已达82%,城区助餐覆盖面达到50%以上,城镇登记失业率在3.6%以内。\n", 2013).Figures;
        Assert.Equal([("中心城区老年助餐社区覆盖率", 82m), ("城区助餐覆盖面", 50m), ("城镇登记失业率", 3.6m)],
            figures.Select(f => (f.Indicator.Name, f.Value)).ToArray());
    }

    [Fact]
    public void A_fall_to_a_new_level_is_a_change_too()
    {
        var figure = Extractor.Extract("重点工作进展\n全镇一般贫困户由2017年的128户降至29户。\n", 2020).Figures.Single();
        Assert.Equal(("全镇一般贫困户", 29m, FigureKinds.Actual, 2020), (figure.Indicator.Name, figure.Value, figure.Kind, figure.Year));
    }

    [Fact]
    public void Already_after_a_long_subject_governs_the_clauses_after_it()
    {
        var figures = Extractor.Extract("民生实事项目\n中小学校和幼儿园扩容建设项目已开工58个,开工面积122万平方米。\n", 2020).Figures;
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        Assert.Equal(2, figures.Count);
    }

    [Fact]
    public void Building_anew_or_again_written_with_brackets_is_new()
    {
        var figure = Extractor.Extract("2024年民生实事项目\n新(改)建村卫生室80家。\n", 2024).Figures.Single();
        Assert.Equal((80m, FigureKinds.Target, Measures.New), (figure.Value, figure.Kind, figure.Measure));
    }

    [Theory]
    [InlineData("至“十二五”末,济宁市养老床位总量达到5.1万张。", 2013, 2015)]
    [InlineData("到“十三五”末,全区养老机构护理型床位占比达到30%。", 2016, 2020)]
    public void A_deadline_at_a_periods_end_makes_a_target_of_that_year(string sentence, int documentYear, int year)
    {
        var figure = Extractor.Extract("全市民政工作会议召开\n" + sentence + "\n", documentYear).Figures.Single();
        Assert.Equal((FigureKinds.Target, year), (figure.Kind, figure.Year));
    }

    [Theory]
    [InlineData("2025年10月共发放分散供养特困人员基本生活补贴722618元。", FigureKinds.Actual)]
    [InlineData("2021年6月全县享受困难补贴残疾人8857人。", FigureKinds.Actual)]
    [InlineData("2025年10月底前完成特困人员供养服务设施改造12所。", FigureKinds.Target)]
    public void A_month_that_opens_the_sentence_as_its_time_reports_what_happened_in_it(string sentence, string kind) =>
        Assert.Equal(kind, Extractor.Extract("特困人员救助供养工作\n" + sentence + "\n", 2025).Figures.Single().Kind);

    [Theory]
    [InlineData("上半年民生实事进展顺利。贵州十件民生实事包括建设100所公办幼儿园、改造15万户农村户用卫生厕所。", FigureKinds.Target)]
    [InlineData("项目进展情况。主要内容包括建设900床综合医院。", FigureKinds.Target)]
    [InlineData("民生实事进展。民生实事包括落实养老服务设施政策措施,已对16家民办养老机构给予补助。", FigureKinds.Actual)]
    public void Tasks_listed_as_what_the_projects_are_are_targets_in_a_report(string text, string kind)
    {
        var figures = Extractor.Extract("2020年上半年民生实事进展情况\n" + text + "\n", 2020).Figures;
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(kind, f.Kind));
    }

    [Fact]
    public void A_text_with_no_year_that_judges_its_work_improved_reports_results()
    {
        var figures = Extractor.Extract("民生事业\n搭建公共就业服务平台,举办专场招聘会4场,新增城镇就业2433人。社会保障日趋完善,发放低保金3856万元。"
                                        + "养老服务能力显著提升,培育养老机构117家。\n", 2024).Figures;
        Assert.Equal(4, figures.Count);
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void The_new_level_of_a_change_takes_the_name_before_its_opening_across_the_old_levels()
    {
        var figures = Extractor.Extract("2021年工作计划\n城乡低保标准由每人每月475元、220元提高到628元,财政年补差标准从1720元提高到2070元。"
                                        + "农村低保标准由原来的3120元/年提高为3300元/年。\n", 2021).Figures;
        Assert.Equal("subsistence_allowance_standard", figures.Single(f => f.Value == 628m).Indicator.Id);
        Assert.Equal("subsistence_allowance_standard", figures.Single(f => f.Value == 3300m).Indicator.Id);
        Assert.True(figures.Single(f => f.Value == 2070m).IsUncatalogued);
    }

    [Theory]
    [InlineData("全市开工建设项目249个,完工率44.62%。")]
    [InlineData("老年人福利项目支出102万元,执行率96.23%。")]
    [InlineData("下达资金1.2亿元,6月底拨付率70%。")]
    public void The_progress_of_works_or_money_against_its_plan_is_no_figure_of_its_own(string sentence)
    {
        var figures = Extractor.Extract("2022年1-7月民生实事进展情况\n" + sentence + "\n", 2022).Figures;
        Assert.Single(figures);
        Assert.NotEqual("%", figures[0].Unit);
    }

    [Fact]
    public void An_estimate_of_a_year_already_over_is_its_result_and_of_a_year_to_come_a_target()
    {
        var review = Extractor.Extract("一、过去一年工作回顾\n经济保持稳中有进。预计实现地区生产总值850亿元;实现区级财政收入53.5亿元。\n", 2018).Figures;
        Assert.All(review, f => Assert.Equal((FigureKinds.Actual, 2017), (f.Kind, f.Year)));
        Assert.Equal(2, review.Count);
        var plan = Extractor.Extract("民政事业发展规划\n预计到2010年底,全市累计发放低保金16.5亿元。\n", 2010).Figures.Single();
        Assert.Equal(FigureKinds.Target, plan.Kind);
    }

    [Fact]
    public void A_yearbook_entry_under_a_bracketed_heading_that_opens_with_its_year_reports_that_years_results()
    {
        var figures = Extractor.Extract("红十字会救助\n【红十字人道救助】2017年,全省红十字系统筹集人道资源价值3.78亿元,支出救助款物价值3.43亿元。"
                                        + "结合“三下乡”活动,发放慰问款物价值4476.09万元,惠及群众216085名。\n", 2017).Figures;
        Assert.True(figures.Count >= 3);
        Assert.All(figures, f => Assert.Equal((FigureKinds.Actual, 2017), (f.Kind, f.Year)));
    }

    [Theory]
    [InlineData("报告称全省去年民生和社会事业持续发展。", 2013)]
    [InlineData("报告显示2013年全省社会建设取得新成绩。", 2013)]
    public void News_of_a_government_report_that_relays_its_review_reports_the_year_reviewed(string relay, int year)
    {
        var figures = Extractor.Extract("(中国发展门户网讯)近日,省长在省第十二届人民代表大会第二次会议上,代表省人民政府作2014年省政府工作报告。\n"
                                        + relay + "城镇新增就业71万人,农村五保集中供养率达到60%,新建改建17所县级医院,开工建设保障性住房22.5万套。\n", 2014).Figures;
        Assert.Equal(4, figures.Count);
        Assert.All(figures, f => Assert.Equal((FigureKinds.Actual, year), (f.Kind, f.Year)));
    }

    [Fact]
    public void Sentences_naming_a_field_and_what_it_reached_head_a_review_not_a_plan()
    {
        // A government report's review of 民生实事, with no year and no 已/累计 to say it happened.
        const string review = "(六)围绕民生实事添活力。粮食安全更加稳固。全年粮食种植面积61万亩。脱贫成果持续巩固。消除返贫风险78户。"
                              + "乡村风貌大幅改观。完成13个美丽乡村创建,新建改造供电线路133公里,要把实事办好。\n";
        var figures = Extractor.Extract(review, 2022).Figures;
        Assert.True(figures.Count >= 4);
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        // The plan's wording puts the verb first: 深入推进, 持续巩固 as tasks.
        const string plan = "(六)围绕民生实事添活力。持续巩固粮食安全。全年粮食种植面积61万亩。巩固脱贫成果。消除返贫风险78户。"
                            + "大幅改观乡村风貌。完成13个美丽乡村创建,新建改造供电线路133公里,要把实事办好。\n";
        Assert.All(Extractor.Extract(plan, 2022).Figures, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Theory]
    [InlineData("2023年，城乡特困人员基本生活平均标准为每人每年14094元。", "extreme_poverty_support_standard", 14094)]
    [InlineData("2023年，农村低保平均标准达到每人每个月560元。", "subsistence_allowance_standard", 560)]
    [InlineData("2023年，孤儿基本生活费平均标准提高到每人每一个月1450元。", "orphan_living_allowance_standard", 1450)]
    public void A_standard_averaged_over_places_and_written_per_month_at_length_is_that_standard(string text, string indicator, int value)
    {
        var f = Only(text);
        Assert.Equal((indicator, (decimal)value), (f.Indicator.Id, f.Value));
    }

    [Fact]
    public void A_text_whose_figures_come_out_as_measured_reports_what_happened_and_one_in_round_figures_what_is_planned()
    {
        // No word says whether these were done or are to be done; only the figures do.
        const string heading = "县民政局聚焦养老服务\n";
        const string exact = "新建农村公路51.15公里,交付安置住房2156套,培育养老机构117家,发放助餐补贴4073人次,建设村级养老互助点175个。\n";
        AllRead(heading + exact, FigureKinds.Actual, count: 5);
        AllRead(heading + "新建农村公路50公里,交付安置住房2000套,培育养老机构100家,发放助餐补贴4000人次,建设村级养老互助点170个。\n",
                FigureKinds.Target, count: 5);
        // Words of intent throughout outweigh the figures: 将…力争…确保… is a plan however exact its numbers.
        AllRead(heading + "将新建农村公路51.15公里,力争交付安置住房2156套,确保培育养老机构117家,计划发放助餐补贴4073人次,"
                + "要建设村级养老互助点175个。\n", FigureKinds.Target);
        // A head that titles the text a plan or a task handed down keeps exact figures its targets.
        AllRead("县民政局\n\n关于下达2024年为民办实事项目任务的通知\n\n" + exact, FigureKinds.Target, count: 5);
        // So does an opening that brings news of this year's list settled.
        AllRead(heading + "3月3日，记者在县人代会上获悉，县政府确定今年继续为群众办好十件民生实事，即" + exact, FigureKinds.Target);
    }

    [Fact]
    public void News_of_a_government_report_that_looks_back_on_a_year_reports_that_year_unless_it_turns_to_the_next()
    {
        const string body = "地方级财政收入478亿元。\n新建高标准农田73.2万亩。\n";
        const string lede = "市十五届人大三次会议开幕，代市长作《政府工作报告》。\n";
        var looksBack = Extractor.Extract(lede + "报告中，代市长首先回顾了2018年工作。\n" + body, 2019).Figures;
        Assert.Equal(2, looksBack.Count);
        Assert.All(looksBack, f => Assert.Equal((FigureKinds.Actual, 2018), (f.Kind, f.Year)));
        // A sentence that goes on to the next year's plan does not make what follows that year's results.
        var turnsToPlan = Extractor.Extract(lede + "报告中，代市长回顾了2018年工作，并对2019年工作作出部署。\n" + body, 2019).Figures;
        Assert.NotEmpty(turnsToPlan);
        Assert.All(turnsToPlan, f => Assert.NotEqual(2018, f.Year));
    }

    [Theory]
    [InlineData("6月25日，财政部、民政部紧急下拨1亿元中央自然灾害生活补助资金，主要用于受灾群众紧急转移安置。", 100_000_000)]
    [InlineData("近日，省应急厅下拨冬春临时生活困难救助资金2.27亿元，帮助受灾县区做好冬春期间基本生活安排。", 227_000_000)]
    [InlineData("市财政拨付孤儿基本生活费补助资金56万元，用于保障孤儿基本生活。", 560_000)]
    public void Money_handed_down_is_news_of_what_was_done(string sentence, long yuan)
    {
        var figure = Assert.Single(Extractor.Extract("救灾资金新闻\n" + sentence + "\n", 2016).Figures);
        Assert.Equal(FigureKinds.Actual, figure.Kind);
        Assert.Equal((decimal)yuan, figure.Value * (figure.Unit switch { "亿元" => 100_000_000m, "万元" => 10_000m, _ => 1m }));
    }

    [Fact]
    public void A_press_conference_on_the_years_list_under_a_headline_of_tasks_to_do_well_is_news_of_the_plan()
    {
        AllRead("2022年,市政府将办好这十件民生实事\n1月26日,市政府召开新闻发布会,介绍2022年民生“十件实事”的基本情况。\n"
                + "附2022年民生“十件实事”:\n1.全市改造老旧小区118个。\n2.新建改扩建公益普惠性幼儿园15所。\n", FigureKinds.Target, count: 2);
    }

    private static void AllRead(string text, string kind, int? count = null)
    {
        var figures = Extractor.Extract(text, 2024).Figures;
        if (count is { } expected) Assert.Equal(expected, figures.Count);
        Assert.All(figures, f => Assert.Equal(kind, f.Kind));
    }

    [Fact]
    public void A_heading_that_looks_back_on_a_year_written_without_nian_dates_its_results()
    {
        var figure = Extractor.Extract("第四个幸福长春行动计划 办群众最关心的实事\n长春市十四届人大四次会议2月26日开幕，市长作政府工作报告。\n回顾2015\n"
                                       + "经济止跌回稳逐步提速。全年新建社区居家养老服务中心120个。\n", 2016).Figures.Single(f => f.Value == 120m);
        Assert.Equal((FigureKinds.Actual, 2015), (figure.Kind, figure.Year));
    }

    [Theory]
    [InlineData("2024年，全区共有低保家庭老年人769户。", 769)]
    [InlineData("2024年，我市现有低保边缘对象3025户。", 3025)]
    [InlineData("2024年，完成城镇低保适龄妇女“两癌”免费检查18017人。", 18017)]
    public void A_rolls_name_that_qualifies_another_group_does_not_name_the_roll(string text, int value) =>
        Assert.NotEqual("subsistence_allowance_recipients", Extractor.Extract(text, 2024).Figures.Single(f => f.Value == value).Indicator.Id);

    [Fact]
    public void A_meetings_account_of_the_year_before_reports_that_years_results()
    {
        const string text = "2月10日，全市民政工作会议举行，总结上一年民政工作，部署2015年民政工作。\n会议指出，上一年，全市各级民政部门狠抓落实，成效显著。累计新增养老床位1750张。\n";
        var beds = Extractor.Extract(text, 2015).Figures.Single(f => f.Value == 1750m);
        Assert.Equal((FigureKinds.Actual, 2014), (beds.Kind, beds.Year));
    }

    [Theory]
    // the speaker's year runs into its sentence, and holds for the paragraph
    [InlineData("全区民政工作会议召开\n2月21日,自治区政府召开全区民政工作会议,总结2016年全区民政工作,部署2017年重点任务。\n会议指出,2016年全区民政系统切实保障和改善民生,各级财政民生支出2979亿元。养老服务全面推进,全区养老床位达24.2万张。\n副主席要求,各级民政部门要坚守民生底线,切实保障困难群众基本生活。要加强规划引导,提高养老服务业发展水平。要强化改革意识,提升城乡社区治理水平。要坚持依法行政。\n", 2017, 242000, 2016)]
    [InlineData("1月11日,市慈善总会召开全市慈善工作会议,总结2022年慈善工作情况,谋划部署2023年工作任务。\n会长在讲话中说,去年全市各级慈善组织围绕中心、服务大局,实施精准救助。全市完成善款总收入1.93亿元。\n针对今年工作,会长强调,一是要深入学习;二是要围绕中心服务大局;三是要加大慈善文化建设力度;四是要加强各级慈善组织建设。\n", 2023, 1.93, 2022)]
    // a meeting named for the year it opens reviews the year it sums up
    [InlineData("1月24日,重庆召开2022年全市民政工作视频会议,总结2021年全市民政工作,部署2022年工作任务。\n过去一年重点工作有新突破\n具体来看,全市累计建成城市社区养老服务设施3132个。\n", 2022, 3132, 2021)]
    public void A_meetings_review_of_the_year_it_sums_up_reports_that_years_results(string text, int documentYear, double value, int year)
    {
        var figure = Extractor.Extract(text, documentYear).Figures.Single(f => f.Value == (decimal)value);
        Assert.Equal((FigureKinds.Actual, year), (figure.Kind, figure.Year));
    }

    [Fact]
    public void A_fund_handed_out_then_the_households_people_and_sum_it_reached_gives_the_roll_and_the_fund()
    {
        var figures = Extractor.Extract("1-10月社会救助工作进展情况\n1-10月份，发放农村低保金4461户7153人3057.63万元，城市低保金659户914人580.86万元。\n", 2024).Figures;
        Assert.Equal(
            [("subsistence_allowance_recipients", 4461m), ("subsistence_allowance_recipients", 7153m), ("subsistence_allowance_funds", 3057.63m),
             ("subsistence_allowance_recipients", 659m), ("subsistence_allowance_recipients", 914m), ("subsistence_allowance_funds", 580.86m)],
            figures.Select(f => (f.Indicator.Id, f.Value)).ToArray());
    }

    [Fact]
    public void A_report_of_how_things_stand_gives_results_and_a_standard_raised_from_last_years_is_the_standard()
    {
        const string text = "民政局下半年计划安排\n2023年，我局扎实完成各项工作任务。现将相关情况汇报如下：一、上半年工作完成情况 1.城乡低保工作。" +
                            "2023年我县城市低保标准由2022年的每人每年6996元调整为每人每年7500元，年增长率7.2%。发放城市低保金1229.53万元。\n";
        var figures = Extractor.Extract(text, 2023).Figures;
        Assert.Contains(figures, f => f is { Value: 7500m, Kind: FigureKinds.Actual } && f.Indicator.Id == "subsistence_allowance_standard");
        Assert.Contains(figures, f => f is { Value: 1229.53m, Kind: FigureKinds.Actual } && f.Indicator.Id == "subsistence_allowance_funds");
        Assert.DoesNotContain(figures, f => f.Value == 7.2m); // a rise
    }

    [Fact]
    public void A_table_gives_its_target_column_targets_and_its_progress_column_results()
    {
        const string text = "序号 | 实施内容 | 最新进度 |\n1 | 新增养老床位不少于300张 | 新增床位近120张；200户适老化改造正在施工 |\n";
        var figures = Extractor.Extract(text, 2023).Figures;
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 300 } && f.Indicator.Id == "elderly_care_beds");
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 120 } && f.Indicator.Id == "elderly_care_beds");
        Assert.DoesNotContain(figures, f => f.Value == 200); // not done yet: neither target nor result
    }

    [Fact]
    public void Figures_after_fenbie_count_the_names_before_it_in_order()
    {
        var figures = Extractor.Extract("2023年，落实困难残疾人生活补贴和重度残疾人护理补贴制度，分别惠及1.2万名困难残疾人和1.5万名重度残疾人。", 2024).Figures;
        Assert.Contains(figures, f => f.Indicator.Id == "disability_living_subsidy_recipients" && f.Value == 12000);
        Assert.Contains(figures, f => f.Indicator.Id == "disability_care_subsidy_recipients" && f.Value == 15000);
    }

    [Fact]
    public void A_jun_value_belongs_to_every_name_of_its_list()
    {
        var figures = Extractor.Extract("困难残疾人生活补贴标准、重度残疾人护理补贴标准均达到每人每月120元。", 2024).Figures;
        Assert.Equal(2, figures.Count);
        Assert.Contains(figures, f => f.Indicator.Id == "disability_living_subsidy_standard" && f.Value == 120 && f.Unit == "元");
        Assert.Contains(figures, f => f.Indicator.Id == "disability_care_subsidy_standard" && f.Value == 120 && f.Unit == "元");
    }

    [Theory]
    [InlineData("新增社区老年人助餐点、老年人日间照料中心12个。", 12)]
    [InlineData("全区享受残疾人生活补贴和护理补贴 3000 人。", 3000)]
    public void One_count_of_two_things_is_not_given_to_either(string text, int value)
    {
        var f = Only(text);
        Assert.True(f.IsUncatalogued);
        Assert.Equal(value, f.Value);
    }

    [Fact]
    public void A_thing_outside_the_catalog_is_named_as_written_and_never_takes_an_earlier_clause_indicator()
    {
        var figures = Extractor.Extract("全市公益性公墓建设有序推进，建成城市中心骨灰安放楼3个。", 2024).Figures;
        var f = Assert.Single(figures);
        Assert.True(f.IsUncatalogued);
        Assert.Contains("骨灰安放楼", f.Indicator.Name);
    }

    [Theory]
    [InlineData("全市新建社区长者食堂一百二十家。", 120)]
    [InlineData("培训养老护理员两千名。", 2000)]
    public void Chinese_numeral_counts_are_read(string text, int value) => Assert.Equal(value, Only(text).Value);

    [Theory]
    [InlineData("2023年上半年火化遗体500具，比去年同期多30具。", "30")]
    [InlineData("现有干部职工8人，新增社区长者食堂2家。", "8")]
    [InlineData("整合公安、医保等15个部门数据，新增社区长者食堂2家。", "15")]
    [InlineData("继续开展救助家庭百户调查，新增社区长者食堂2家。", "百")]
    [InlineData("2023年，全市共计死亡900人，火化遗体500具。", "900")]
    public void Differences_staff_departments_idioms_and_deaths_are_not_figures(string text, string snippet)
    {
        var figures = Extractor.Extract(text, 2024).Figures;
        var at = text.IndexOf(snippet, StringComparison.Ordinal);
        Assert.DoesNotContain(figures, f => f.ValueStart <= at && at < f.ValueEnd);
        Assert.Single(figures);
    }

    // Reports of work done whose titles and openings name neither 总结 nor a date reached (heldout8 studied).
    [Theory]
    [InlineData("市民政局上半年工作汇报XX年上半年民政工作,在市委的领导下,全市今年新增城乡低保对象1673户。")]
    [InlineData("殡葬改革工作汇报\n全县新建公益性公墓12个。")]
    [InlineData("民政民生工程和民生实事有序推进\n全市新增城乡低保对象2026户。")]
    [InlineData("为保障困难群众基本生活，今年以来，我区加大救助力度。全市新增城乡低保对象2026户。")]
    [InlineData("1-6月，全市新增低保对象2026户，实现了动态管理。全市新建公益性公墓12个。")]
    [InlineData("全市1-9月新增低保对象2026户。")]
    public void Reports_of_work_done_give_results(string text)
    {
        var figures = Extractor.Extract(text, 2018).Figures;
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void A_task_set_in_a_report_is_a_target_and_what_was_done_a_result()
    {
        var figures = Extractor.Extract("2023年上半年工作总结\n确定我县危房改造任务170户，已完成改造120户。\n市政府安排我县90户建设任务。", 2023).Figures;
        Assert.Contains(figures, f => f is { Value: 170, Kind: FigureKinds.Target });
        Assert.Contains(figures, f => f is { Value: 90, Kind: FigureKinds.Target });
        Assert.Contains(figures, f => f is { Value: 120, Kind: FigureKinds.Actual });
    }

    [Fact]
    public void The_bound_of_a_class_of_places_and_the_count_of_the_places_named_are_not_figures()
    {
        var figures = Extractor.Extract("2023年工作汇报\n7月份火化率为76%，火化率在50%以下的是梁集、广川、留智庙3个乡镇。", 2023).Figures;
        var rate = Assert.Single(figures);
        Assert.Equal(76, rate.Value);
        // A count of places a work reached, after 等, stays a figure.
        Assert.Contains(Extractor.Extract("2023年工作总结\n婚姻登记试点扩展至黄浦、徐汇、长宁等5个区。", 2023).Figures, f => f.Value == 5);
    }

    [Fact]
    public void A_text_telling_what_happened_reports_results_even_with_no_title_or_cue_in_the_sentence()
    {
        // No title, no year, no 截至 in the sentence: but the text tells what was done, not what is to be done.
        const string report = "围绕困难群众，深化了救助改革，完善了救助机制。城市低保累计保障11402人次；临时救助2042人次180.64万元。募集慈善资金89万元，已实施大病救助项目。";
        var figures = Extractor.Extract(report, 2021).Figures;
        Assert.Contains(figures, f => f.Value == 2042);
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        // A plan's words outnumber them: 要, 确保, 力争, 将, 目标.
        const string plan = "要深化救助改革，确保应保尽保。全年力争临时救助2042人次，将募集慈善资金89万元，目标是实施了大病救助项目。";
        Assert.All(Extractor.Extract(plan, 2021).Figures, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Fact]
    public void A_past_year_heading_a_reported_sentence_dates_each_of_its_parts()
    {
        const string news = "1月20日，2021年全省民政工作会议举行。记者从会议上获悉，2020年，全省城乡低保平均标准达到588元/月；城乡特困人员基本生活标准平均每人每年8751元。";
        var figures = Extractor.Extract(news, 2021).Figures;
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal((FigureKinds.Actual, 2020), (f.Kind, f.Year)));
    }

    [Fact]
    public void Old_levels_of_a_raise_go_and_money_per_person_of_a_subsidy_is_its_standard()
    {
        var figures = Extractor.Extract("2017年民生实事\n困难残疾人生活补贴每人每年从1200元提高到1800元；孤儿基本生活最低养育标准集中供养和分散供养水平分别从1340元、820元提高到每人每月1450元和880元。", 2017).Figures;
        Assert.Equal([1800m, 1450m, 880m], figures.Select(f => f.Value).ToArray());
        Assert.Equal("disability_living_subsidy_standard", figures[0].Indicator.Id);
        Assert.Equal("orphan_living_allowance_standard", figures[2].Indicator.Id);
        // Money named after the number is not the standard of the roll named before it.
        var bonus = Assert.Single(Extractor.Extract("2020年上半年工作总结\n做好低保家庭每人每月15元的物价补贴工作。", 2020).Figures);
        Assert.NotEqual("subsistence_allowance_standard", bonus.Indicator.Id);
    }

    [Fact]
    public void Last_year_dates_a_result_and_news_of_what_a_city_strives_for_gives_targets()
    {
        var done = Extractor.Extract("2014年工作总结\n去年，全市为39家养老机构发放床位运营补贴483.23万元。比去年增加养老床位200张。", 2014).Figures;
        Assert.All(done.Where(f => f.Value != 200), f => Assert.Equal((FigureKinds.Actual, 2013), (f.Kind, f.Year)));
        Assert.Contains(done, f => f.Value == 483.23m);
        var news = Extractor.Extract("2月11日，记者从全市民政工作会议上获悉，全市争取2014年新增养老床位3000张以上。", 2014).Figures;
        Assert.Equal((FigureKinds.Target, 2014), (Assert.Single(news).Kind, news[0].Year));
    }

    [Fact]
    public void A_floor_set_for_a_standard_is_a_target_and_a_plans_starting_point_reports_the_period_before()
    {
        var floors = Extractor.Extract("2023年民生实事项目公示\n（1）城市低保标准不低于650元每月；\n（2）困难残疾人生活补贴标准不低于每人每月80元；\n（3）农村五保对象供养标准由年人均1800元提高到2600元。", 2023).Figures;
        Assert.Equal(("subsistence_allowance_standard", FigureKinds.Target), (floors[0].Indicator.Id, floors[0].Kind));
        Assert.Equal(("disability_living_subsidy_standard", 80m), (floors[1].Indicator.Id, floors[1].Value));
        Assert.Equal(("extreme_poverty_support_standard", 2600m), (floors[^1].Indicator.Id, floors[^1].Value));
        const string plan = "全市“十四五”民政事业发展规划\n（一）发展基础\n全市城乡低保标准达到每人每月660元，发放低保资金24.4亿元。\n（二）主要目标\n到2025年，新增养老床位2000张。";
        var figures = Extractor.Extract(plan, 2022).Figures;
        Assert.All(figures.Where(f => f.Value != 2000), f => Assert.Equal((FigureKinds.Actual, 2020), (f.Kind, f.Year)));
        Assert.Equal((FigureKinds.Target, 2025), (figures.Single(f => f.Value == 2000).Kind, figures.Single(f => f.Value == 2000).Year));
    }

    [Fact]
    public void News_that_the_years_tasks_were_settled_gives_targets_and_a_quarter_reached_gives_results()
    {
        var settled = Extractor.Extract("1月18日，记者从省人大会议上获悉，今年，省政府2025年10件惠民实事正式确定。\n一是开展6000户特殊困难老年人家庭居家适老化改造。", 2025).Figures;
        Assert.Equal((FigureKinds.Target, 2025), (Assert.Single(settled).Kind, settled[0].Year));
        var quarter = Extractor.Extract("市民政局落实市政府常务会议任务\n一是狠抓社会救助工作。第一季度，城市低保救助4282人，救助资金5595万元。", 2015).Figures;
        Assert.NotEmpty(quarter);
        Assert.All(quarter, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void News_of_a_work_meeting_reports_the_year_it_reviews_unless_it_says_what_will_be_done()
    {
        var reviewed = Extractor.Extract("全省民政工作会议8日在太原召开。据悉，2024年全省保障低保对象95.5万人，建成50个城镇社区养老幸福工程。", 2024).Figures;
        Assert.NotEmpty(reviewed);
        Assert.All(reviewed, f => Assert.Equal((FigureKinds.Actual, 2024), (f.Kind, f.Year)));
        var planned = Extractor.Extract("全省民政工作会议8日在太原召开。据悉，2025年全省将新建50个城镇社区养老幸福工程。", 2025).Figures;
        Assert.Equal(FigureKinds.Target, Assert.Single(planned).Kind);
    }

    [Fact]
    public void A_plan_issued_for_a_period_sets_its_goals_for_the_periods_last_year_unless_a_deadline_says_otherwise()
    {
        var figures = Extractor.Extract("某省发布养老服务行动计划\n日前，《某省养老服务三年行动计划(2025—2027年)》印发。计划提出，新增养老床位1000张以上；"
            + "到2025年底，建成老年助餐点50个。近期(到2026年)目标为：建成家庭养老床位800张；街镇综合体力争达到40家。", 2025).Figures;
        Assert.Equal([(1000m, 2027), (50m, 2025), (800m, 2026), (40m, 2026)], figures.Select(f => (f.Value, f.Year)).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Fact]
    public void A_plans_paragraph_opened_by_a_past_year_tells_that_years_results_until_it_says_what_will_be_done()
    {
        var figures = Extractor.Extract("某省发布养老服务行动计划\n计划提出，新增养老床位1000张。\n据省民政厅介绍，2024年，全省养老工作稳步推进。"
            + "建成家庭养老床位1.6万张，老年助餐点721个。今年将再建成助餐点200个。\n", 2025).Figures;
        Assert.Equal([(FigureKinds.Target, 1000m, 2025), (FigureKinds.Actual, 16000m, 2024), (FigureKinds.Actual, 721m, 2024), (FigureKinds.Target, 200m, 2025)],
            figures.Select(f => (f.Kind, f.Value, f.Year)).ToArray());
    }

    [Fact]
    public void A_plans_schedule_of_goals_by_year_gives_each_years_goals_not_results()
    {
        var figures = Extractor.Extract("敬老院建设工作规划\n二、目标任务 力争3年新增床位8740张。年度目标任务: 2010年新增敬老院床位3000张。2011年新增敬老院床位3000张。"
            + "三、工作措施 2009年，全市新增敬老院床位1200张。", 2012).Figures;
        Assert.Equal([(FigureKinds.Target, 2012, 8740m), (FigureKinds.Target, 2010, 3000m), (FigureKinds.Target, 2011, 3000m), (FigureKinds.Actual, 2009, 1200m)],
            figures.Select(f => (f.Kind, f.Year, f.Value)).ToArray());
    }

    [Theory]
    [InlineData("今天上午，2025年区慈善分会工作会议召开，总结去年工作。 过去一年，区慈善总会深入实施各类救助项目。全区慈善分会全年共筹集善款3222.56万元，慈善资金总收入12449.07万元。")]
    [InlineData("区慈善工作会议召开\n去年，区慈善总会深入实施各类救助项目。全区慈善分会全年共筹集善款3222.56万元，慈善资金总收入12449.07万元。")]
    public void A_paragraph_opened_by_the_past_year_dates_the_results_it_tells_even_when_paragraphs_run_together(string text)
    {
        var figures = Extractor.Extract(text, 2025).Figures;
        Assert.Equal([(FigureKinds.Actual, 2024, 3222.56m), (FigureKinds.Actual, 2024, 12449.07m)], figures.Select(f => (f.Kind, f.Year, f.Value)).ToArray());
    }

    [Fact]
    public void An_estimate_to_the_end_of_a_past_period_is_a_goal_of_that_periods_last_year()
    {
        var figures = Extractor.Extract("民政事业发展“十二五”规划\n预计到“十一五”期末，全市累计发放低保金16.5亿元。", 2011).Figures;
        Assert.Equal((FigureKinds.Target, 2010, 16.5m), Assert.Single(figures) is var f ? (f.Kind, f.Year, f.Value) : default);
    }

    [Theory]
    [InlineData("2024年，残疾人两项补贴制度更加健全，分别惠及1.2万名困难残疾人和3.8万名重度残疾人。")]
    [InlineData("2024年，完善困难残疾人生活补贴和重度残疾人护理补贴制度，分别惠及困难残疾人1.2万人、重度残疾人3.8万人。")]
    public void People_counted_under_the_two_disability_subsidies_named_together_are_each_subsidys_recipients(string text)
    {
        var figures = Extractor.Extract(text, 2025).Figures;
        Assert.Equal([("disability_living_subsidy_recipients", 12000m), ("disability_care_subsidy_recipients", 38000m)],
            figures.Select(f => (f.Indicator.Id, f.Value)).ToArray());
    }

    [Theory]
    // a list run into its line, and one a line under 具体包括：
    [InlineData("今年再为群众办10件实事。这10件实事包括：让3000户困难家庭住上新居，修缮农村道路120公里。", 2)]
    [InlineData("今年将办好8件民生实事。具体包括：\n为2000户困难家庭修缮危旧房屋。\n新开通农村公交线路12条。", 2)]
    public void Each_quantity_of_a_list_of_tasks_is_a_target_whatever_its_verb(string text, int count)
    {
        var figures = Extractor.Extract(text, 2025).Figures;
        Assert.Equal(count, figures.Count);
        Assert.All(figures, f => Assert.Equal((FigureKinds.Target, 2025), (f.Kind, f.Year)));
    }

    [Fact]
    public void A_tasks_parts_after_qizhong_are_not_tasks_of_their_own()
    {
        var figures = Extractor.Extract("民生实事项目如下:\n3.推进燃气扩面。新增燃气用户3900户以上,其中居民用户2000户,商业用户600户以上。", 2025).Figures;
        Assert.Contains(figures, f => f.Value == 3900m);
        Assert.DoesNotContain(figures, f => f.Value == 600m);
    }

    [Fact]
    public void The_roll_named_after_households_and_people_counts_both()
    {
        var figures = Extractor.Extract("2023年，全县共有600户、2000人享受最低生活保障。", 2024).Figures;
        Assert.Equal([("subsistence_allowance_recipients", 600m, "户"), ("subsistence_allowance_recipients", 2000m, "人")],
            figures.Select(f => (f.Indicator.Id, f.Value, f.Unit)).ToArray());
    }

    [Theory]
    // news that opens with a date and its source (…消息，), or with what a press conference announced (宣布)
    [InlineData("7月10日，区民政局消息，全区新建社区长者食堂12家。")]
    [InlineData("今天，省统计局发布消息称，全省新建社区长者食堂12家。")]
    [InlineData("市政府新闻发言人在例行新闻发布会上宣布本年度为民办实事的成果。\n新建社区长者食堂12家。")]
    // a headline reporting how the year's projects were completed
    [InlineData("2025年区政府实事项目完成情况一览\n新建社区长者食堂12家。")]
    // a clause adding up what was done, a sentence setting it against the year's plan
    [InlineData("全区推进民生实事，累计完成投资1.2亿元，新建社区长者食堂12家，占全年计划的60%。")]
    public void News_and_headlines_of_what_was_done_report_results(string text)
    {
        var figures = Extractor.Extract(text, 2025).Figures;
        Assert.Contains(figures, f => f.Value == 12m);
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void A_progress_table_titled_with_completion_keeps_its_tasks_as_targets()
    {
        var figures = Extractor.Extract("2025年区政府实事项目完成情况进度表(五月份)\n一、新建社区长者食堂12家\n已选址3处，正在装修。", 2025).Figures;
        Assert.Equal(FigureKinds.Target, Assert.Single(figures, f => f.Value == 12m).Kind);
    }

    [Theory]
    [InlineData("今年，全市民政部门将抓好城乡低保规范化管理。新建敬老院6家，增加床位800张。", FigureKinds.Target)]
    [InlineData("今年以来，全市民政部门抓好城乡低保规范化管理。新建敬老院6家，增加床位800张。", FigureKinds.Actual)]
    public void A_paragraph_of_a_report_that_opens_with_what_this_year_will_do_is_the_plan(string paragraph, string kind)
    {
        var figures = Extractor.Extract("2024年民政工作总结\n2024年，全市发放低保金9650万元。\n" + paragraph, 2024).Figures;
        Assert.Equal(FigureKinds.Actual, Assert.Single(figures, f => f.Value == 9650m).Kind);
        Assert.All(figures.Where(f => f.Value is 6m or 800m), f => Assert.Equal((kind, 2024), (f.Kind, f.Year)));
        Assert.Equal(2, figures.Count(f => f.Value is 6m or 800m));
    }

    [Theory]
    [InlineData("“数”说2024|全市织牢兜底保障网\n2024年，全市新建社区长者食堂12家。")]
    [InlineData("数读2024：民政这一年\n2024年，全市新建社区长者食堂12家。")]
    public void A_headline_that_tells_a_year_in_numbers_reports_its_results(string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, 2024).Figures);
        Assert.Equal((FigureKinds.Actual, 2024, 12m), (figure.Kind, figure.Year, figure.Value));
    }

    [Theory]
    [InlineData("民政工作年度总结\n镇民政办认真做好各项民政工作。\n全镇新建农村幸福院12个。")]
    [InlineData("镇民政办紧紧围绕中心工作，完成了上半年的工作任务，具体总结如下：\n全镇新建农村幸福院12个。")]
    [InlineData("镇民政办认真做好各项民政工作，按时完成了全年工作任务。现总结如下：\n全镇新建农村幸福院12个。")]
    public void A_summary_titled_by_its_year_or_opening_with_what_it_sums_up_reports_results(string text)
    {
        Assert.Equal(FigureKinds.Actual, Assert.Single(Extractor.Extract(text, 2024).Figures, f => f.Value == 12m).Kind);
    }

    [Fact]
    public void Money_allotted_to_a_roll_is_that_rolls_fund()
    {
        var figures = Extractor.Extract("2024年工作总结\n全镇低保一季度享受人员950户2395人，拨款金额1069425元。", 2024).Figures;
        Assert.Equal("subsistence_allowance_funds", Assert.Single(figures, f => f.Value == 1069425m).Indicator.Id);
    }

    [Fact]
    public void A_five_year_period_named_as_the_time_dates_its_sentence_a_past_ones_results_a_coming_ones_goals()
    {
        var figures = Extractor.Extract("《某省残疾人事业“十二五”发展纲要》审议通过。\n“十一五”时期，全省新建特殊教育学校6所；残疾儿童入学率达到73%。\n"
                                        + "“十二五”期间，全省将新建特殊教育学校8所；残疾儿童入学率达到92%以上。\n居家养老服务机构由“十一五”末的600余个增加到1097个。", 2011).Figures;
        Assert.Equal([(FigureKinds.Actual, 2010, 6m), (FigureKinds.Actual, 2010, 73m), (FigureKinds.Target, 2015, 8m), (FigureKinds.Target, 2015, 92m)],
            figures.Where(f => f.Value is 6m or 73m or 8m or 92m).Select(f => (f.Kind, f.Year, f.Value)).ToArray());
        // A period compared with (由“十一五”末的…) is a base, not the time of the figure.
        Assert.All(figures.Where(f => f.Value == 1097m), f => Assert.NotEqual(2010, f.Year));
    }

    [Fact]
    public void A_long_title_reporting_how_the_years_projects_went_reports_results()
    {
        var figures = Extractor.Extract("某某市人民政府改善民生10个方面100件实事办理工作情况\n一是新建社区老年活动中心43个。", 2024).Figures;
        Assert.Equal(FigureKinds.Actual, Assert.Single(figures, f => f.Value == 43m).Kind);
    }

    [Fact]
    public void A_summary_whose_year_is_masked_before_next_years_plan_is_of_the_year_before()
    {
        var figures = Extractor.Extract("市民政局20XX年度工作总结和2025年工作计划\n现将全年重点工作开展情况汇报如下：\n全市新建社区长者食堂12家。", 2025).Figures;
        Assert.Equal((FigureKinds.Actual, 2024), Assert.Single(figures, f => f.Value == 12m) is var f ? (f.Kind, f.Year) : default);
    }

    [Fact]
    public void A_press_conference_where_the_bureau_reviews_a_period_reports_results()
    {
        var figures = Extractor.Extract("1月19日，市政府新闻办召开系列主题新闻发布会。市民政局局长介绍，“十四五”以来，全市民政系统把百姓的冷暖放在心上，"
                                        + "将群众的期盼落在实处。\n养老服务提档升级\n建成社区老年人照护中心89家。", 2025).Figures;
        Assert.Equal(FigureKinds.Actual, Assert.Single(figures, f => f.Value == 89m).Kind);
    }

    [Fact]
    public void A_standard_a_notice_says_to_apply_is_a_target()
    {
        var figures = Extractor.Extract("关于提高2025年救助标准的通知\n照料护理标准分别执行全自理每人每月729元、半护理每人每月779元。", 2025).Figures;
        Assert.Equal([729m, 779m], figures.Select(f => f.Value).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }
}
