using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Extraction;

/// <summary>
/// Forms of progress reports and summaries (issue 8, second round), one written sentence or heading each, not copied
/// from any document: results headings, next-year plan headings, rosters of households and people, removals from a
/// roll, numbered lists, goals inside a results section, tables written one cell per line, headlines of completion.
/// </summary>
public class ProgressFormsTests
{
    private static readonly TargetExtractor Extractor = new(IndicatorCatalog.Load());

    private static IReadOnlyList<ExtractedFigure> Read(string text, int year = 2023) => Extractor.Extract(text, year).Figures;

    [Fact]
    public void A_results_heading_makes_its_figures_results_and_a_place_share_is_one_of_them()
    {
        var figures = Read("一、特困供养工作开展情况\n本月在册特困供养人员300户320人，发放特困供养金50.5万元。其中东山镇12户13人。\n");
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        Assert.Contains(figures, f => f is { Value: 320, Unit: "人" } && f.Indicator.Id == "extreme_poverty_support_recipients");
        Assert.Contains(figures, f => f is { Value: 12, Unit: "户" });
    }

    [Fact]
    public void A_next_year_heading_makes_its_figures_targets_of_the_next_year()
    {
        var figures = Read("2023年工作总结\n全年新增养老床位100张。\n三、明年工作打算\n新增养老床位200张。\n");
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 100, Year: 2023 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 200, Year: 2024 });
    }

    [Fact]
    public void People_after_households_count_the_same_roll_and_removals_are_not_the_roll()
    {
        var figures = Read("2023年工作总结\n全县农村低保 2100 户、3900 人。全年取消城市低保50户80人，新增60户95人。\n");
        Assert.Contains(figures, f => f is { Value: 3900 } && f.Indicator.Id == "subsistence_allowance_recipients");
        Assert.Contains(figures, f => f is { Value: 50 } && f.IsUncatalogued);
        Assert.Contains(figures, f => f is { Value: 80 } && f.IsUncatalogued);
        Assert.Contains(figures, f => f is { Value: 95 } && f.Indicator.Id == "subsistence_allowance_recipients");
    }

    [Fact]
    public void The_point_of_a_numbered_list_glued_to_a_number_is_the_marker()
    {
        var figures = Read("1.新增社区长者食堂10家。\n2.30个小区新建充电设施。\n3.新增养老床位50张。\n", 2025);
        Assert.Contains(figures, f => f is { Value: 30, Unit: "个" });
        Assert.DoesNotContain(figures, f => f.Value == 2.3m);
    }

    [Theory]
    [InlineData("二、完成情况\n今年全区敬老院建设任务是新增养老床位 300 张。\n", FigureKinds.Target)]
    [InlineData("二、完成情况\n为完成建设20个社区长者食堂目标任务，已完成选址。\n", FigureKinds.Target)]
    [InlineData("二、完成情况\n明年力争新增社区长者食堂20家。\n", FigureKinds.Target)]
    [InlineData("二、完成情况\n截至2023年底，全区社区长者食堂达到20家。\n", FigureKinds.Actual)]
    [InlineData("二、完成情况\n已建成社区长者食堂10家，新增社区长者食堂20家。\n", FigureKinds.Actual)]
    [InlineData("二、完成情况\n全年新增社区长者食堂20家，超额完成目标任务。\n", FigureKinds.Actual)]
    [InlineData("二、完成情况\n按计划新增社区长者食堂20家。\n", FigureKinds.Actual)]
    public void Inside_a_results_section_only_a_goal_sentence_makes_a_target(string text, string kind)
    {
        var f = Read(text).Last(x => x.Value is 300 or 20);
        Assert.Equal(kind, f.Kind);
    }

    [Fact]
    public void A_table_written_one_cell_per_line_gives_each_column_its_kind()
    {
        const string text = "序号 |\n工作目标 |\n进展情况 |\n备注 |\n1 |\n新增养老床位 500 张 |\n已新增养老床位 120 张，发放补贴30万元 |\n无 |\n";
        var figures = Read(text);
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 500 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 120 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 30, Unit: "万元" });
    }

    [Fact]
    public void A_headline_of_completion_makes_the_figures_results()
    {
        var figures = Read("某县60个农村互助幸福院全部建成\n投资900万元，新增农村养老床位800张。\n");
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        Assert.Contains(figures, f => f is { Value: 800 } && f.Indicator.Id == "elderly_care_beds");
    }

    [Fact]
    public void A_dated_goals_heading_dates_its_list()
    {
        var figures = Read("一、主要目标\n到2030年，养老服务体系更加完善。\n——全市养老床位达到9000张以上。\n二、主要任务\n新增养老床位100张。\n", 2024);
        Assert.Contains(figures, f => f is { Value: 9000, Year: 2030, Kind: FigureKinds.Target });
        Assert.Contains(figures, f => f is { Value: 100, Year: 2024, Kind: FigureKinds.Target });
    }

    [Theory]
    [InlineData("截至2023年底，全市常住老年人口300.5万人。")]
    [InlineData("2023年，暴雨造成1.2万户3.5万人受灾。")]
    [InlineData("全县养老院建设涉及 8 个乡镇。")]
    [InlineData("出台10条措施。")]
    public void Statistics_harm_scope_and_policy_articles_are_not_figures(string text)
    {
        Assert.Empty(Read(text, 2024));
    }

    [Fact]
    public void Already_governs_its_sentence_only_when_it_reports_a_number_of_its_own()
    {
        var done = Read("已建成社区长者食堂30家，新增社区长者食堂20家。", 2025);
        Assert.All(done, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        var plan = Read("对已建成的社区长者食堂开展评估，新增社区长者食堂20家。", 2025);
        Assert.Contains(plan, f => f is { Kind: FigureKinds.Target, Value: 20 });
    }

    [Fact]
    public void A_title_asking_for_completion_is_not_a_headline_of_completion()
    {
        var figures = Read("关于确保养老服务实事项目全面完成的通知\n新增社区长者食堂20家。\n", 2025);
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 20 });
    }

    [Fact]
    public void A_statistics_table_gives_each_statistic_once_and_not_the_parts_of_a_total()
    {
        // The form of a 民政统计季报 page: 指标 | 单位 | 数量, headings, a subtotal and its rows, # parts, a label shifted a line.
        const string table = "2020年2季度民政统计季报\n指 标 | 单 位 | 数 量 |\n一、民政事业费累计支出 | 万元 | 98,644.9 |\n二、民政机构 |\n"
                             + "(一)提供住宿的民政机构床位 | 张 | 11,535 |\n养老机构床位数 | 张 | 9,634 |\n三、社会救助 |\n城市低保人数 | 人 | 3,235 |\n"
                             + "#农村低保人数 | 人 | 1,200 |\n生活无着流浪乞讨人员救助 | 人次 | 3,722 |\n孤儿 | 人 | 725 |\n集中养育孤儿 | 人 | 704 |\n"
                             + "离婚登记* 四、社会组织 |\n对 | 4,621 |\n社会团体 | 个 | 4,691 |\n";
        var figures = Read(table, 2020);
        Assert.Equal([98644.9m, 11535m, 3235m, 3722m, 725m, 4621m, 4691m], figures.Select(f => f.Value).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        Assert.Equal("subsistence_allowance_recipients", figures[2].Indicator.Id);
        Assert.Equal("assistance_person_times", figures[3].Indicator.Id);
        Assert.Equal(("离婚登记", "对"), (figures[5].Indicator.Name, figures[5].Unit));
    }

    [Fact]
    public void A_statistics_table_written_a_cell_per_line_is_read_row_by_row()
    {
        // A 民政事业统计月报 page saved with every cell on a line of its own and the pipes between them on lines of their own.
        const string table = "2007年2月份民政事业统计月报\n指 标\n|\n单 位\n|\n数 量\n|\n1.优抚、安置\n|\n|\n|\n累计安置义务兵、士官等\n|\n万人\n|\n"
                             + "1.3\n|\n累计接收军队离退休干部\n|\n人\n|\n1008\n|\n2.社会救济\n|\n|\n|\n城市居民最低生活保障人数\n|\n万人\n|\n2242.3\n|\n";
        var figures = Read(table, 2007);
        Assert.Equal([13000m, 1008m, 22423000m], figures.Select(f => f.Value).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
        Assert.Equal("subsistence_allowance_recipients", figures[2].Indicator.Id);
    }

    [Fact]
    public void A_table_of_indicators_by_year_written_a_cell_per_line_gives_each_years_figures()
    {
        // A 十二五 plan's review table saved a cell per line: 序号 | 主要项目和指标 | 2005年 | 2010年 | 2015年 目标值 | 年均增长(%).
        static string Cells(params string[] cells) => string.Join("\n|\n", cells) + "\n|\n||\n";
        var table = "民政事业发展第十二个五年规划\n" + Cells("序号", "主要项目和指标", "2005年", "2010年", "2015年 目标值", "年均增长(%)")
                    + Cells("1", "社会组织数(万个)", "32.0", "44.6", "50", "6.87")
                    + Cells("2", "收养性社会服务机构床位数(万张) 其中:养老机构床位数(万张)", "170.3\n154.3", "349.6\n320.8", "—", "15.47")
                    + "3\n|\n最低生活保障人数(万人)\n|\n城市\n|\n2234.2\n|\n2310.5\n|\n—\n|\n0.67\n|\n|\n农村\n|\n825.0\n|\n5214.0\n|\n—\n|\n44.59\n|\n|||\n"
                    + "4\n|\n救助受灾群众(亿人次)\n|\n[4.5 ]\n|\n||||\n注:[ ]内为五年累计数。\n";
        var figures = Read(table, 2011);
        Assert.Equal([(2005, 320000m), (2010, 446000m), (2015, 500000m), (2005, 1703000m), (2010, 3496000m), (2005, 22342000m), (2010, 23105000m),
                (2005, 8250000m), (2010, 52140000m), (2010, 450000000m)],
            figures.Select(f => (f.Year, f.Value)).ToArray());
        Assert.Equal(FigureKinds.Target, figures[2].Kind);
        Assert.All(figures.Where(f => f.Year <= 2011), f => Assert.Equal(FigureKinds.Actual, f.Kind));
        Assert.Equal("subsistence_allowance_recipients", figures[5].Indicator.Id);
        // The growth column, the 其中 part and the 序号 are not figures.
        Assert.DoesNotContain(figures, f => f.Value is 6.87m or 1543000m or 1m or 2m);
    }

    [Fact]
    public void A_progress_table_a_cell_per_line_whose_rows_open_with_two_numbers_pairs_each_task_with_its_progress()
    {
        // 报送次数 | 任务序号 | 任务事项 | 进展 | 进度: two number cells open each row and another closes it.
        const string table = "2024年重点工作任务进展情况\n|\n报送次数 |\n任务序号 |\n任务事项 |\n进展 |\n进度 |\n"
                             + "2 |\n210 |\n年底累计建成精神障碍社区康复站点不少于10个。 |\n目前全市累计建成12个,服务精神障碍患者3192人次。 |\n100 |\n"
                             + "2 |\n207 |\n新增村级养老服务站64个。 |\n2024年全市计划新增村级养老服务站64个,目前已完成54家。 |\n84 |\n";
        var figures = Read(table, 2024);
        Assert.Equal([(FigureKinds.Target, 10m), (FigureKinds.Actual, 12m), (FigureKinds.Actual, 3192m), (FigureKinds.Target, 64m), (FigureKinds.Actual, 54m)],
            figures.Select(f => (f.Kind, f.Value)).ToArray());
    }

    [Fact]
    public void A_table_of_indicators_by_year_with_a_cell_a_line_and_no_pipes_gives_each_years_figures()
    {
        // "“十一五”主要指标完成情况": the name, then a value for each year with its unit, some lines run together by the page.
        const string table = "“十一五”主要指标完成情况\n指 标 名 称\n\n2005年\n\n2010年\n\n1.社会养老保险参保人数\n\n131.5万人\n\n236万人\n\n"
                             + "2.文化活动设施建设普及率 60%\n100%\n3.老年法宣传普及率 55% 85%\n（二）“十二五”时期的形势\n";
        var figures = Read(table, 2011);
        Assert.Equal([(2005, 1315000m, "人"), (2010, 2360000m, "人"), (2005, 60m, "%"), (2010, 100m, "%"), (2005, 55m, "%"), (2010, 85m, "%")],
            figures.Select(f => (f.Year, f.Value, f.Unit)).ToArray());
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void A_plans_table_of_main_indicators_gives_each_target_of_the_headers_last_year_and_its_base()
    {
        // The form of a 十四五 plan's 专栏: 指标 | 基期 | 目标 | 属性, the unit in brackets after the name, bounds before values.
        const string plan = "专栏1 “十四五”时期民政事业发展主要指标\n指 标 | 2020年 | 2025年 | 属 性\n"
                            + "1.养老床位数(万张) | 1.5 | 2 | 预期性\n2.养老机构护理型床位占比(%) | 50 | ≥60 | 约束性\n"
                            + "3.城乡社区综合服务设施覆盖率(%) | — | 100 | 约束性\n到2025年，基本建成…体系。\n";
        var figures = Read(plan, 2021);
        Assert.Equal([(FigureKinds.Target, 2025, 20000m, "张"), (FigureKinds.Actual, 2020, 15000m, "张"), (FigureKinds.Target, 2025, 60m, "%"),
                (FigureKinds.Actual, 2020, 50m, "%"), (FigureKinds.Target, 2025, 100m, "%")],
            figures.Select(f => (f.Kind, f.Year, f.Value, f.Unit)).ToArray());
        Assert.Equal("elderly_care_beds", figures[0].Indicator.Id);
        Assert.Equal("不少于", figures[2].Qualifier);
        // The list's numbers (1. 2. 3.) and the header's years are not figures.
        Assert.DoesNotContain(figures, f => f.Value is 1 or 2 or 3 && f.Unit is not "张");
    }

    [Fact]
    public void A_mid_term_reviews_table_gives_a_value_under_each_year_the_latest_the_goal()
    {
        // 基期 | 规划目标 | 评估时 | 属性, cells between spaces; an empty cell at a row's end is missing.
        const string review = "“十四五”民政事业发展规划中期评估报告\n一、主要指标完成情况\n指标名称 2020年 2025年 2023年6月 指标属性\n"
                              + "养老床位数(万张) 1.5 2 1.8 预期性\n临时救助人次(万人次) 0.8 1 预期性\n";
        var figures = Read(review, 2023);
        Assert.Equal([(FigureKinds.Actual, 2020, 15000m), (FigureKinds.Target, 2025, 20000m), (FigureKinds.Actual, 2023, 18000m),
                (FigureKinds.Actual, 2020, 8000m), (FigureKinds.Target, 2025, 10000m)],
            figures.Select(f => (f.Kind, f.Year, f.Value)).ToArray());
    }

    [Fact]
    public void Money_written_right_after_the_count_of_a_roll_is_that_rolls_fund()
    {
        var figures = Read("2023年工作总结\n农村低保累计保障121534人次3119.21万元；临时救助2042人次180.64万元。", 2023);
        Assert.Equal("subsistence_allowance_funds", Assert.Single(figures, f => f.Value == 3119.21m).Indicator.Id);
        Assert.Equal("temporary_assistance_funds", Assert.Single(figures, f => f.Value == 180.64m).Indicator.Id);
    }

    [Fact]
    public void A_statistics_table_with_its_cells_run_together_is_read_the_same_way()
    {
        // A 社会服务统计报表 page saved as text: no cell marks, two rows sometimes on one line, counts in 万.
        const string table = "2022年社会服务统计3月份报表\n指标名称单位数量\n一、民政事业费累计支出亿元30.4\n二、乡级行政区划单位\n镇143 乡35\n"
                             + "三、民政机构和设施\n1.提供住宿的民政机构 617\n养老机构586\n四、社会救助\n最低生活保障人数万人7.1\n"
                             + "最低生活保障平均标准元/人·月1,245.0\n临时救助万人次0.3\n";
        var figures = Read(table, 2022);
        Assert.Equal([30.4m, 143m, 35m, 617m, 71000m, 1245m, 3000m], figures.Select(f => f.Value).ToArray());
        Assert.Equal(["", "", "", "", "subsistence_allowance_recipients", "subsistence_allowance_standard", "temporary_assistance_cases"],
            figures.Select(f => f.Indicator.Id).ToArray());
        Assert.Equal(("人", "元", "人次"), (figures[4].Unit, figures[5].Unit, figures[6].Unit));
    }

    [Fact]
    public void A_statistics_tables_levels_say_which_rows_are_parts_of_a_total()
    {
        // 一、 (一) 1. (1) A: a row with a value owns the deeper rows in its unit; a 合计 row owns the rows under its heading.
        const string table = "| 民政事业统计季报表 | ||\n| 指标名称 | 单位 | 数量 |\n| (一)行政区划 | ||\n| 乡镇级合计 | 个 | 1,407 |\n"
                             + "| 1.镇 | 个 | 679 |\n| 2.乡 | 个 | 400 |\n| (二)民政事业费累计支出 | 万元 | 404,423.1 |\n| 1.社会福利 | 万元 | 40,788.2 |\n"
                             + "| (1)最低生活保障 | 万元 | 265,648.9 |\n| 二、社会工作 | ||\n| 不提供住宿的社会服务机构和设施总数 | 个 | 6,154 |\n"
                             + "| 1.儿童福利 | ||\n| (1)困境儿童 | 487,828 | |\n| A贫困家庭儿童 | 人 | 476,907 |\n| (2)孤儿 | 人 | 10,227 |\n"
                             + "| A有身份信息的孤儿 | 人 | 10,099 |\n";
        var figures = Read(table, 2020);
        Assert.Equal([1407m, 404423.1m, 6154m, 487828m, 10227m], figures.Select(f => f.Value).ToArray());
        Assert.Equal("", figures[3].Unit);
    }

    [Fact]
    public void A_statistics_table_with_cells_set_apart_by_spaces_drops_its_qizhong_rows_in_their_unit()
    {
        const string table = "社会服务统计季报\n指 标 单 位 数 量\n一、综合\n1-12月社会服务费实际支出 亿元 3655.9\n其中:救灾支出 亿元 121.3\n"
                             + "城镇最低生活保障支出 亿元 724.5\n军休所户数 万户 17.6\n每千老年人口养老床位数 张/千人 24.5\n"
                             + "居民最低生活保障平均标准 元/人、月 373.3\n";
        var figures = Read(table, 2013);
        Assert.Equal([3655.9m, 176000m, 24.5m, 373.3m], figures.Select(f => f.Value).ToArray());
        Assert.Equal(("户", "张", "元"), (figures[1].Unit, figures[2].Unit, figures[3].Unit));
        Assert.Equal("subsistence_allowance_standard", figures[3].Indicator.Id);
    }

    [Fact]
    public void A_progress_reports_paragraph_that_states_its_task_then_reports_from_now_on_gives_the_task_as_the_target()
    {
        const string text = "某区上半年民心工程“成绩单”出炉\n截至2025年6月底，4个子项已完成。\n新建养老服务综合体1家，打造老人家食堂2个。目前，已确定2个食堂点位，开展护理员培训150人次。\n";
        var figures = new TargetExtractor(IndicatorCatalog.Load()).Extract(text, 2025).Figures;
        Assert.Contains(figures, f => f is { Value: 1, Kind: FigureKinds.Target });
        Assert.Contains(figures, f => f is { Value: 150, Kind: FigureKinds.Actual });
        Assert.DoesNotContain(figures, f => f is { Value: 1, Kind: FigureKinds.Actual });
    }

    [Theory]
    [InlineData("1.做好就业工作，开展农业技能培训2万人次。已开展农业技能培训8718人次。", 20000, 8718)]
    public void A_task_followed_by_what_has_already_been_done_is_the_target(string paragraph, int task, int done)
    {
        var figures = new TargetExtractor(IndicatorCatalog.Load()).Extract("2023年民生实事1至4月推进情况\n" + paragraph + "\n", 2023).Figures;
        Assert.Contains(figures, f => f.Value == task && f.Kind == FigureKinds.Target);
        Assert.Contains(figures, f => f.Value == done && f.Kind == FigureKinds.Actual);
    }

    [Fact]
    public void A_result_followed_by_the_share_of_the_task_done_stays_a_result()
    {
        var figures = new TargetExtractor(IndicatorCatalog.Load()).Extract("2012年实事项目推进情况\n居家养老服务老人19772人。已经完成实事指标98.86%。\n", 2012).Figures;
        Assert.Contains(figures, f => f.Value == 19772 && f.Kind == FigureKinds.Actual);
    }

    [Fact]
    public void A_spaced_progress_tables_target_column_gives_targets_and_its_done_column_results()
    {
        const string table = "某市1-11月民生实事工作落实情况\n序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注\n"
            + "1 城镇新增就业 万人 5.2 7.23  139.1% 人社局\n2 精准扶贫:农村饮用水安全巩固提升 农林水务局 1300人 700 54% 已解决700人的饮水问题\n"
            + "3 城市低保标准 元/月/人 不低于600元 644 达到目标\n";
        var figures = Read(table, 2019);
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 52000m, Unit: "人" });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 72300m, Unit: "人" });
        // What was done is counted in the counter written on the target; the office responsible is not the task's name.
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 700m, Unit: "人" } && f.Indicator.Name.Contains("饮用水"));
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 600m, Qualifier: "不低于" } && f.Indicator.Id == "subsistence_allowance_standard");
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 644m } && f.Indicator.Id == "subsistence_allowance_standard");
        // Shares done are neither.
        Assert.DoesNotContain(figures, f => f.Value is 139.1m or 54m);
    }

    [Fact]
    public void A_motto_line_after_the_title_does_not_hide_the_texts_opening_year()
    {
        var figures = Read("以民为本 书写民生答卷\n民之所望，政之所向。\n2023年，哈尔滨持续加大民生投入，倾力办好民生实事。\n新建改造管网1400余公里。\n", 2023);
        Assert.Equal(FigureKinds.Actual, figures.Single(f => f.Value == 1400m).Kind);
    }

    [Fact]
    public void A_barred_progress_table_with_its_header_on_two_lines_is_read_and_a_table_of_prose_is_left_to_the_sentences()
    {
        const string table = "某区1-8月民生实事项目完成情况 | |||\n序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |\n任务完成率 | 备注 | |\n"
            + "1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||\n2 | 孕产妇免费产前筛查 | 区卫健局 | 3600人 | 2969人 | 82% | ||\n";
        var figures = Read(table, 2019);
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 8950m, Unit: "人" });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 2969m, Unit: "人" });
        Assert.DoesNotContain(figures, f => f.Value is 80m or 82m);
        // Cells that are sentences are not a row of values: the 100 of its progress column is not a target.
        var prose = Read("工作任务 | 实际已完成工作量 | 完成工作进度(%) |\n建设品质县中10所。 | 建设品质县中4所 | 已完成。 | 100 | ||\n", 2024);
        Assert.DoesNotContain(prose, f => f is { Kind: FigureKinds.Target, Value: 100m });
    }

    [Fact]
    public void A_news_lede_about_the_meeting_does_not_hide_the_reports_review_of_the_year()
    {
        var figures = Read("客户端1月8日讯1月8日，市中区第十九届人民代表大会第四次会议开幕，区长作政府工作报告。2024年，市中区坚持固优补短，民生福祉持续增进。\n社会保障扎实有力。新增城镇就业2.5万人，筹集保障性租赁住房2071套。\n", 2024);
        Assert.Equal(FigureKinds.Actual, figures.Single(f => f.Value == 2071m).Kind);
    }

    [Fact]
    public void A_stray_bar_is_not_a_table_and_a_news_items_half_year_opening_looks_back()
    {
        var review = Read("2013年唐山竣工保障性安居工程4.2万套\n2013年，我市著力保障和改善民生，开工建设保障性安居工程1.6万套、竣工4.2万套。年初确定为群众办的十件实事全面完成。城镇新增就业10万人。(记者 李莹) |\n", 2013);
        Assert.Equal(FigureKinds.Actual, review.Single(f => f.Value == 100000m).Kind);
        var halfYear = Read("民政救助帮特困群众“解困”\n本报讯(记者 李艳红)今年上半年，市民政局突出抓好特困群众救助工作。\n上半年共发放城乡低保资金8589.35万元，保障城乡低保对象38489户。将城乡低保标准提高到每人每月470元。\n", 2019);
        Assert.NotEmpty(halfYear);
        Assert.All(halfYear, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }
    [Fact]
    public void Each_task_before_its_result_label_is_the_target_and_the_label_line_the_result()
    {
        var figures = Read("2024年民生实事完成情况\n(一)建设社区长者食堂\n1.全年新建社区长者食堂20家以上，培训助餐服务人员300人。\n责任单位:市民政局\n"
            + "完成情况:全市新建社区长者食堂23家，培训助餐服务人员315人。\n2.困难群众帮扶\n"
            + "(二)推进适老化改造\n目标任务:完成特殊困难老年人家庭适老化改造1000户。\n进展情况:已完成改造1120户。\n", 2024);
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 20 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 300 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 23 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 315 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 1000 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 1120 });
    }

    [Fact]
    public void One_result_label_alone_does_not_make_the_lines_before_it_tasks()
    {
        var figures = Read("2024年民政工作总结\n(一)养老服务\n全年新建社区长者食堂20家，培训助餐服务人员300人。\n完成情况:总体良好。\n", 2024);
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 20 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 300 });
    }
    [Fact]
    public void A_bracketed_heading_that_looks_back_on_a_year_makes_its_figures_that_years_results()
    {
        var figures = Read("2022年市人民政府工作报告\n\n1月25日，市人代会开幕，市长作政府工作报告。\n\n【回顾2021年】\n\n全年新增养老床位1200张。\n", 2022);
        var beds = Assert.Single(figures, f => f.Value == 1200);
        Assert.Equal((FigureKinds.Actual, 2021), (beds.Kind, beds.Year));
    }
    [Fact]
    public void A_title_that_names_the_plan_first_dates_the_summary_by_the_year_its_summary_names()
    {
        var figures = Read("县民政局2025年工作计划和2024年工作总结\n\n在县委、县政府的领导下，现将本年度工作情况总结如下：\n\n一、工作开展情况\n\n"
            + "对152户困难老年人开展家庭适老化改造。\n", 2025);
        var homes = Assert.Single(figures, f => f.Value == 152);
        Assert.Equal((FigureKinds.Actual, 2024), (homes.Kind, homes.Year));
    }
}
