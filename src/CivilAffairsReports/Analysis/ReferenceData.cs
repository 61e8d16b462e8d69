using CivilAffairsReports.Warehouse;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CivilAffairsReports.Analysis;

/// <summary>One reviewed comparability rule (catalog/comparability-rules.yaml); null fields match anything.</summary>
internal sealed record ComparabilityRule(
    string Id, string Name, bool Comparable, string? GoalIndicator, string? Indicator, string? Measure, string? Unit,
    string? GoalMeasure, string? GoalUnit, string Reason, string? Instead);

/// <summary>An indicator that applies only to the listed regions (乡村… only where there are rural towns).</summary>
internal sealed record ApplicabilityRule(string Id, string Name, IReadOnlyList<string> Indicators, IReadOnlyList<string> Regions, string Reason);

internal sealed record Region(string Code, string Name, string? ParentCode, string Level);

internal sealed class ReferenceDataError(string message) : Exception(message);

/// <summary>
/// The domain judgements and public facts the analysis views join: comparability rules, applicability and the
/// GB/T 2260 region codes. Kept as files staff edit; loaded into warehouse tables on every run, so the SQL decides.
/// </summary>
internal sealed record ReferenceData(
    IReadOnlyList<ComparabilityRule> Rules, IReadOnlyList<ApplicabilityRule> Applicability, IReadOnlyList<Region> Regions)
{
    public const string RulesFile = "comparability-rules.yaml";
    public const string RegionsFile = "regions-gb2260.tsv";

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "catalog");

    public static ReferenceData Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        var rulesPath = Path.Combine(folder, RulesFile);
        var regionsPath = Path.Combine(folder, RegionsFile);
        if (!File.Exists(rulesPath)) throw new ReferenceDataError($"可比口径规则文件不存在：{rulesPath}");
        if (!File.Exists(regionsPath)) throw new ReferenceDataError($"行政区划代码文件不存在：{regionsPath}");
        var (rules, applicability) = ParseRules(File.ReadAllText(rulesPath), RulesFile);
        return new ReferenceData(rules, applicability, ParseRegions(File.ReadAllLines(regionsPath), RegionsFile));
    }

    public static (List<ComparabilityRule>, List<ApplicabilityRule>) ParseRules(string yaml, string sourceName)
    {
        RulesFileModel file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<RulesFileModel>(yaml) ?? new RulesFileModel();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new ReferenceDataError($"可比口径规则格式错误 {sourceName} 第 {e.Start.Line} 行：{e.Message}");
        }
        var seen = new HashSet<string>();
        var rules = new List<ComparabilityRule>();
        foreach (var r in file.Rules)
        {
            if (string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Reason) || r.Comparable is null)
                throw new ReferenceDataError($"可比口径规则 {sourceName}：每条规则都需要 id、comparable 和 reason（规则“{r.Id}”）");
            if (!seen.Add(r.Id)) throw new ReferenceDataError($"可比口径规则 {sourceName}：id 重复“{r.Id}”");
            rules.Add(new ComparabilityRule(r.Id, r.Name ?? r.Id, r.Comparable.Value, r.GoalIndicator, r.Indicator, r.Measure, r.Unit,
                r.GoalMeasure, r.GoalUnit, r.Reason.Trim(), r.Instead?.Trim()));
        }
        var applicability = new List<ApplicabilityRule>();
        foreach (var a in file.Applicability)
        {
            if (string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Reason) || a.Indicators.Count == 0 || a.Regions.Count == 0)
                throw new ReferenceDataError($"可比口径规则 {sourceName}：适用范围“{a.Id}”需要 id、indicators、regions 和 reason");
            if (!seen.Add(a.Id)) throw new ReferenceDataError($"可比口径规则 {sourceName}：id 重复“{a.Id}”");
            applicability.Add(new ApplicabilityRule(a.Id, a.Name ?? a.Id, a.Indicators, a.Regions, a.Reason.Trim()));
        }
        return (rules, applicability);
    }

    /// <summary>code, name, parent_code, level separated by tabs; '#' lines and the header are skipped.</summary>
    public static List<Region> ParseRegions(IReadOnlyList<string> lines, string sourceName)
    {
        var regions = new List<Region>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("code\t")) continue;
            var cells = line.Split('\t');
            if (cells.Length != 4 || cells[0].Length != 6 || cells[1].Length == 0)
                throw new ReferenceDataError($"行政区划代码 {sourceName} 第 {i + 1} 行：应为“代码、名称、上级代码、级别”四列，以制表符分隔");
            regions.Add(new Region(cells[0], cells[1], cells[2].Length == 0 ? null : cells[2], cells[3]));
        }
        return regions;
    }

    /// <summary>Replaces the reference tables' rows with this data (one transaction).</summary>
    public void WriteTo(DuckDbConnection connection) => connection.InTransaction(() =>
    {
        connection.Execute("DELETE FROM comparability_rules");
        connection.Execute("DELETE FROM indicator_applicability");
        connection.Execute("DELETE FROM regions");
        connection.BulkInsert(
            "INSERT INTO comparability_rules (rule_id, name, comparable, goal_indicator_id, indicator_id, measure, unit, goal_measure, goal_unit, reason, instead) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            Rules.Select(r => new object?[] { r.Id, r.Name, r.Comparable, r.GoalIndicator, r.Indicator, r.Measure, r.Unit, r.GoalMeasure, r.GoalUnit, r.Reason, r.Instead }));
        connection.BulkInsert(
            "INSERT INTO indicator_applicability (indicator_id, region_code, rule_id, rule_name, reason) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            Applicability.SelectMany(a => a.Indicators.SelectMany(i => a.Regions.Select(code => new object?[] { i, code, a.Id, a.Name, a.Reason }))));
        // 3,000+ regions: 200 rows per statement, parameters bound, instead of one prepared INSERT per row.
        foreach (var chunk in Regions.DistinctBy(r => r.Code).Chunk(200))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"(${i * 4 + 1}, ${i * 4 + 2}, ${i * 4 + 3}, ${i * 4 + 4})"));
            connection.Execute("INSERT INTO regions (code, name, parent_code, level) VALUES " + values,
                chunk.SelectMany(r => new object?[] { r.Code, r.Name, r.ParentCode, r.Level }).ToArray());
        }
    });

    private sealed class RulesFileModel
    {
        public List<RuleModel> Rules { get; set; } = [];
        public List<ApplicabilityModel> Applicability { get; set; } = [];
    }

    private sealed class RuleModel
    {
        public string Id { get; set; } = "";
        public string? Name { get; set; }
        public bool? Comparable { get; set; }
        public string? GoalIndicator { get; set; }
        public string? Indicator { get; set; }
        public string? Measure { get; set; }
        public string? Unit { get; set; }
        public string? GoalMeasure { get; set; }
        public string? GoalUnit { get; set; }
        public string Reason { get; set; } = "";
        public string? Instead { get; set; }
    }

    private sealed class ApplicabilityModel
    {
        public string Id { get; set; } = "";
        public string? Name { get; set; }
        public List<string> Indicators { get; set; } = [];
        public List<string> Regions { get; set; } = [];
        public string Reason { get; set; } = "";
    }
}
