using CivilAffairsReports.Documents;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CivilAffairsReports.Analysis;

/// <summary>One reviewed comparability rule (catalog/comparability-rules.yaml); null fields match anything.</summary>
internal sealed record ComparabilityRule(
    string Id, string Name, bool Comparable, string? GoalIndicator, string? Indicator, string? Measure, string? Unit,
    string? GoalMeasure, string? GoalUnit, string Reason, string? Instead);

/// <summary>An indicator that applies only to the listed regions (乡村… only where there are rural towns).</summary>
internal sealed record ApplicabilityRule(string Id, string Name, IReadOnlyList<string> Indicators, IReadOnlyList<string> Regions, string Reason);

internal sealed class ReferenceDataError(string message) : Exception(message);

/// <summary>
/// The domain judgements and public facts the analysis views join: comparability rules, applicability and the
/// GB/T 2260 region codes. Kept as files staff edit; the warehouse loads them into tables on every run, so the SQL decides.
/// </summary>
internal sealed record ReferenceData(
    IReadOnlyList<ComparabilityRule> Rules, IReadOnlyList<ApplicabilityRule> Applicability, IReadOnlyList<Region> Regions)
{
    public const string RulesFile = "comparability-rules.yaml";

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "catalog");

    public static ReferenceData Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        var rulesPath = Path.Combine(folder, RulesFile);
        if (!File.Exists(rulesPath)) throw new ReferenceDataError($"可比口径规则文件不存在：{rulesPath}");
        var (rules, applicability) = ParseRules(File.ReadAllText(rulesPath), RulesFile);
        return new ReferenceData(rules, applicability, Documents.Regions.All);
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
