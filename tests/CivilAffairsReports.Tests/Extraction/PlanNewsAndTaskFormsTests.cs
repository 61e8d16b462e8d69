using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Extraction;

/// <summary>
/// Forms studied on held-out 4, one written sentence or short text each, not copied from any document: news of a plan,
/// progress reports that pair a task with its progress (numbered task lines, run-on tables, shares done), headlines and
/// restatements counted once, parts of a total, steps of a raise, scopes and quotas, names that only qualify a model site,
/// funds of one roll or of several, and the units and verbs those texts count in.
/// </summary>
public class PlanNewsAndTaskFormsTests
{
    private static readonly TargetExtractor Extractor = new(IndicatorCatalog.Load());

    private static IReadOnlyList<ExtractedFigure> Read(string text, int year = 2025) => Extractor.Extract(text, year).Figures;

    [Fact]
    public void News_of_a_plan_makes_its_figures_targets()
    {
        var figures = Read("记者近日从区民政局获悉，今年我区将加快养老服务建设，新增养老床位500张，建成社区长者食堂20家。\n");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal((FigureKinds.Target, 2025), (f.Kind, f.Year)));
    }

    [Fact]
    public void News_that_a_list_of_tasks_was_voted_through_makes_the_lists_figures_that_years_targets()
    {
        var figures = Read("人民网1月11日电 记者从区新闻办获悉，区人民代表大会期间，经代表票决，通过了区人民政府2025年为民办实事项目，共包括10个方面。\n\n为老服务项目包括：新增480张养老床位，新增6个社区长者食堂。\n", 2024);
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal((FigureKinds.Target, 2025), (f.Kind, f.Year)));
    }

    [Fact]
    public void A_review_named_outside_the_book_title_makes_results_and_a_summary_named_inside_it_does_not()
    {
        var review = Read("(原标题:《政府工作报告》解读二:2024年工作回顾(二))\n这一年，我们新建长者食堂12家，新建普惠性幼儿园2所。\n");
        Assert.NotEmpty(review);
        Assert.All(review, f => Assert.Equal((FigureKinds.Actual, 2024), (f.Kind, f.Year)));
        var plan = Read("关于印发《2024年工作总结》的通知\n2025年新建长者食堂12家。\n");
        Assert.All(plan, f => Assert.Equal(FigureKinds.Target, f.Kind));
    }

    [Fact]
    public void A_heading_of_the_years_work_and_a_self_inspection_report_open_results()
    {
        var heading = Read("各项工作取得了明显成效。\n一、2024年全市民政工作情况\n（一）社会救助。全市新建长者食堂12家。\n");
        Assert.Contains(heading, f => f is { Kind: FigureKinds.Actual, Value: 12 });
        var selfInspection = Read("按照评议方案要求，现将市民政局自查情况报告如下。\n一、履行职责情况\n新建长者食堂12家。\n");
        Assert.Contains(selfInspection, f => f is { Kind: FigureKinds.Actual, Value: 12 });
        var meeting = Read("人民网北京1月4日电 全国民政工作会议在北京召开。会议总结2017年工作，研究部署2018年任务。这一年，帮助76万名农村留守儿童落实监护措施。\n", 2017);
        Assert.Contains(meeting, f => f is { Kind: FigureKinds.Actual, Value: 760000, Year: 2017 });
        var policy = Read("2021年一季度民生政策实施报告\n现将我局今年一季度民生政策落实情况报告如下。1、最低生活保障 城市低保对象282户431人，发放保障金36.544万元。\n", 2021);
        Assert.Contains(policy, f => f is { Kind: FigureKinds.Actual, Value: 282 } && f.Indicator.Id == "subsistence_allowance_recipients");
    }

    [Fact]
    public void News_of_what_happened_still_makes_results()
    {
        var figures = Read("记者近日从区民政局获悉，全区新增养老床位500张，建成社区长者食堂20家。\n");
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Theory]
    [InlineData("某区2025年实事项目完成情况\n（一）新增养老床位200张\n全年新增养老床位230张，超额完成年度任务。\n（二）居家养老服务老人3000人\n服务老人3120人。\n")]
    [InlineData("某区2025年实事项目一季度进展情况\n1.新增养老床位200张\n全年新增养老床位230张，超额完成年度任务。\n2.居家养老服务老人3000人\n服务老人3120人。\n")]
    public void A_numbered_task_line_of_a_progress_report_is_the_target_and_the_lines_under_it_the_result(string text)
    {
        var figures = Read(text);
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 200 } && f.Indicator.Id == "elderly_care_beds");
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 230 } && f.Indicator.Id == "elderly_care_beds");
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 3000 });
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 3120 });
    }

    [Fact]
    public void A_paragraph_opened_by_its_verdict_under_a_task_reports_results()
    {
        var figures = Read("区政府2019年实事项目成绩单\n(1)新增1000张养老床位\n超出目标任务。2019年，新增养老床位1467张，完成7个养老机构的改建。\n"
                           + "(2)完成900个垃圾箱改造\n全面完成目标任务。全区完成900个垃圾箱改造。\n", 2019);
        Assert.Equal([(FigureKinds.Target, 1000m), (FigureKinds.Actual, 1467m), (FigureKinds.Actual, 7m), (FigureKinds.Target, 900m), (FigureKinds.Actual, 900m)],
            figures.Select(f => (f.Kind, f.Value)).ToArray());
    }

    [Fact]
    public void A_run_on_table_row_is_its_task_then_its_progress_and_a_repeated_cell_counts_once()
    {
        var figures = Read("项目内容工作任务责任单位进展情况\n新增12家居家养老服务中心。区民政局目前已完成4家建设任务。目前已完成4家建设任务。累计完成9家。\n");
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Target, Value: 12 } && f.Indicator.Id == "home_care_service_center");
        Assert.Single(figures, f => f is { Kind: FigureKinds.Actual, Value: 4 } && f.Indicator.Id == "home_care_service_center");
        Assert.Contains(figures, f => f is { Kind: FigureKinds.Actual, Value: 9 } && f.Indicator.Id == "home_care_service_center");
    }

    [Theory]
    [InlineData("今年全区新增社区长者食堂12家，完成60%。\n")]
    [InlineData("截至6月底，各项目进展顺利。全区为1200名老年人提供助浴服务。\n")]
    public void A_share_of_the_task_done_or_a_paragraph_opened_by_a_date_reached_makes_results(string text)
    {
        var figures = Read(text);
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(FigureKinds.Actual, f.Kind));
    }

    [Fact]
    public void A_headline_number_restated_with_another_counter_and_a_lead_restated_in_the_body_count_once()
    {
        var figures = Read("某市今年将新建30处养老设施\n\n记者获悉，今年某市将完成建设30个养老设施的任务。\n", 2024);
        Assert.Single(figures, f => f.Value == 30);
        var news = Read("记者获悉，2023年全市新建家庭养老床位1200张，完成适老化改造600户。\n在养老服务方面，新建家庭养老床位1200张，完成适老化改造600户。\n", 2023);
        Assert.Single(news, f => f.Value == 1200);
        Assert.Single(news, f => f.Value == 600);
    }

    [Theory]
    [InlineData("2024年工作总结\n完成甲养老院(30张)、乙养老院(20张)共计50张认知障碍照护床位改造。\n", new[] { 30.0, 20.0 })]
    [InlineData("城乡居民基础养老金每人每月增加10元，达到190元。\n", new[] { 10.0 })]
    [InlineData("在3个试点街道的基础上建设一批示范社区。\n", new[] { 3.0 })]
    [InlineData("在全区12个街镇新增社区长者食堂20家。\n", new[] { 12.0 })]
    [InlineData("在东镇、西镇两个乡镇完成改革试点工作。\n", new[] { 2.0 })]
    [InlineData("每个街镇选点设置一个综合为老服务点。\n", new[] { 1.0 })]
    [InlineData("2024年工作总结\n全年办好10件实事，出台养老服务措施12条。\n", new[] { 10.0, 12.0 })]
    public void Parts_of_a_total_steps_baselines_scopes_quotas_and_matters_are_not_figures(string text, double[] values)
    {
        var figures = Read(text, 2024);
        foreach (var value in values) Assert.DoesNotContain(figures, f => f.Value == (decimal)value);
    }

    [Fact]
    public void A_catalog_name_that_only_qualifies_a_model_site_is_not_what_is_counted()
    {
        var figures = Read("打造25处社区综合服务设施标准化示范点。\n");
        Assert.Contains(figures, f => f is { Value: 25 } && f.IsUncatalogued);
    }

    [Fact]
    public void Spending_after_one_roll_is_its_fund_and_money_for_several_rolls_is_none_of_theirs()
    {
        var figures = Read("2024年工作总结\n临时救助500人次，支出80万元。全市保障城市低保700人，农村特困300人，累计发放保障金1.2亿元。\n", 2024);
        Assert.Contains(figures, f => f is { Value: 80, Unit: "万元" } && f.Indicator.Id == "temporary_assistance_funds");
        Assert.Contains(figures, f => f is { Value: 300 } && f.Indicator.Id == "extreme_poverty_support_recipients");
        Assert.Contains(figures, f => f is { Value: 1.2m, Unit: "亿元" } && f.IsUncatalogued);
    }

    [Fact]
    public void Parts_after_qizhong_share_the_verb_and_facilities_counted_by_kind_are_not_places_shares()
    {
        var figures = Read("今年新建养老设施50个，其中区县养老服务中心2个，街道综合养老服务机构8个，日托中心20个。\n");
        Assert.Contains(figures, f => f is { Value: 2 });
        Assert.Contains(figures, f => f is { Value: 8 });
        Assert.Contains(figures, f => f is { Value: 20 } && f.Indicator.Id == "day_care_center");
    }

    [Fact]
    public void Rates_of_places_at_a_grade_or_brought_to_a_state_are_figures()
    {
        var figures = Read("4A级以上婚姻登记场所达到100%，5A级达到60%；推动80%以上城市社区实现“一窗受理”。\n");
        Assert.Contains(figures, f => f is { Value: 100, Unit: "%" } && f.IsUncatalogued);
        Assert.Contains(figures, f => f is { Value: 60, Unit: "%" } && f.IsUncatalogued);
        Assert.Contains(figures, f => f is { Value: 80, Unit: "%" } && f.IsUncatalogued);
    }

    [Fact]
    public void Cases_goods_and_money_written_with_yu_are_counted_as_written()
    {
        var figures = Read("2024年工作总结\n办理法律援助案件300件，发放助学金12万余元。\n", 2024);
        Assert.Contains(figures, f => f is { Value: 300, Unit: "件" });
        Assert.Contains(figures, f => f is { Value: 12, Unit: "万元", Qualifier: "余" });
    }

    [Fact]
    public void A_text_that_names_the_document_it_drew_up_takes_that_year()
    {
        var metadata = DocumentMetadataReader.Read("draft.txt",
            "为切实解决群众的实际困难，我们编制了《2026年要完成的实事项目(征求意见稿)》，具体如下:\n一、新增养老床位100张。\n联系电话:12345678\n2025年10月31日\n");
        Assert.Equal(2026, metadata.Year);
    }
}
