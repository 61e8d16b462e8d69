using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Corpus;

/// <summary>
/// How plans state one catalog indicator: the counter written and the canonical unit a reader must report,
/// the measure every verb of the phrasing means, a typical county-level goal, and the phrasings themselves.
/// In a phrasing, {q} is the quantity with its counter ("30 家"); the verbs vary but mean the same measure,
/// so a parent's goal and its children's parts stay comparable.
/// </summary>
internal sealed record CorpusIndicator(
    string Id,
    string Counter,
    string Unit,
    string Measure,
    int CountyMin,
    int CountyMax,
    string[] Phrasings,
    string? ListItem = null,      // the verb-less form used after the first item of a 、 list ("{q}社区长者食堂")
    bool RuralOnly = false,
    string? StockName = null)     // facilities a plan reports the stock of: "截至2024年底，已累计建成社区长者食堂 120 家"
{
    public bool IsRate => Measure == Measures.Rate;
}

internal static class CorpusIndicators
{
    public static readonly IReadOnlyList<CorpusIndicator> All =
    [
        new("community_elderly_service_center", "家", "家", Measures.New, 1, 4,
            ["新增{q}社区综合为老服务中心", "新建社区综合为老服务中心{q}", "建成{q}社区综合为老服务中心"], "{q}社区综合为老服务中心",
            StockName: "社区综合为老服务中心"),
        new("community_elderly_canteen", "个", "家", Measures.New, 1, 6,
            ["新增{q}社区长者食堂", "新建社区长者食堂{q}", "建成{q}长者食堂", "社区长者食堂新增{q}"], "{q}社区长者食堂",
            StockName: "社区长者食堂"),
        new("doorstep_elderly_service_station", "个", "个", Measures.New, 3, 20,
            ["新建{q}家门口服务站", "新增家门口养老服务站{q}", "建成{q}家门口养老服务站"], "{q}家门口服务站"),
        new("intermediate_caregiver_training", "名", "人", Measures.New, 50, 400,
            ["培训{q}中级以上技能等级养老护理员", "培训中级及以上养老护理员{q}", "培养{q}中级及以上养老护理员"]),
        new("elderly_care_beds", "张", "张", Measures.New, 50, 500,
            ["新增{q}养老床位", "新增养老床位{q}", "新建养老床位{q}", "养老床位新增{q}"], "{q}养老床位"),
        new("dementia_care_beds", "张", "张", Measures.Conversion, 20, 200,
            ["改建{q}认知障碍照护床位", "改造认知障碍照护床位{q}", "升级改造{q}认知障碍照护床位"]),
        new("family_care_beds", "张", "张", Measures.New, 30, 300,
            ["新增{q}家庭照护床位", "新增家庭照护床位{q}", "建设{q}家庭养老照护床位"], "{q}家庭照护床位"),
        new("rural_elderly_care_home", "个", "个", Measures.New, 1, 4,
            ["新增{q}乡村长者照护之家", "建成乡村长者照护之家{q}"], "{q}乡村长者照护之家", RuralOnly: true),
        new("smart_water_meter", "户", "户", Measures.New, 200, 3000,
            ["为{q}特殊困难老年人安装智能水表", "安装智能水表{q}"]),
        new("home_aging_adaptation", "户", "户", Measures.New, 100, 1500,
            ["完成{q}居家环境适老化改造", "完成居家环境适老化改造{q}"]),
        new("nursing_home_internet_hospital", "家", "家", Measures.Cumulative, 2, 12,
            ["“养老院+互联网医院”累计推广至{q}", "累计建成“养老院+互联网医院”{q}"]),
        new("one_touch_emergency_service", "名", "人", Measures.Cumulative, 800, 6000,
            ["“一键通”紧急救援服务累计覆盖{q}老年人", "累计为{q}老年人提供“一键通”紧急救援服务"]),
        new("severe_disability_care_beds", "张", "张", Measures.New, 10, 80,
            ["新增{q}重残养护床位", "完成新增重度残疾人养护床位{q}"]),
        new("elderly_meal_point", "个", "家", Measures.New, 2, 15,
            ["新增老年助餐服务点{q}", "新建{q}老年助餐服务点"]),
        new("smart_nursing_home", "家", "家", Measures.New, 1, 3,
            ["新建{q}智慧养老院", "建成智慧养老院{q}"]),
        new("community_assistance_advisor", "名", "人", Measures.New, 10, 60,
            ["培育社区救助顾问{q}", "培养{q}社区救助顾问"]),
        new("caregiver_certification_rate", "%", "%", Measures.Rate, 80, 98,
            ["养老护理员持证率达到{q}", "全{scope}养老护理员持证率达{q}"]),
        new("mental_rehab_street_coverage", "%", "%", Measures.Rate, 70, 100,
            ["精神障碍社区康复服务街镇覆盖率达到{q}"]),
    ];
}
