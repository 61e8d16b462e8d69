using System.Globalization;
using CivilAffairsReports.Extraction;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CivilAffairsReports.Review;

internal static class CorrectionActions
{
    public const string Confirm = "confirm";
    public const string Correct = "correct";
    public const string Reject = "reject";
    public const string Add = "add";
    public static readonly string[] All = [Confirm, Correct, Reject, Add];

    public static string Chinese(string action) => action switch
    {
        Confirm => "确认", Correct => "更正", Reject => "剔除", Add => "补录", _ => action,
    };
}

/// <summary>What one correction did on this run, for the audit section; Applied is false when it matched nothing.</summary>
internal sealed record AuditEntry(
    string Action, string Document, string Indicator, string Before, string After,
    string Who, string When, string Why, bool Applied, string? Problem);

internal sealed class CorrectionsError(string message) : Exception(message);

/// <summary>
/// The reviewed-corrections file (corrections/reviewed-corrections.yaml): staff confirm, correct or reject a
/// figure, or add one the extractor missed, without touching code. Applied between extraction and loading.
/// </summary>
internal sealed class ReviewedCorrections
{
    private readonly IReadOnlyList<Entry> _entries;
    private readonly IndicatorCatalog _catalog;

    private ReviewedCorrections(IReadOnlyList<Entry> entries, IndicatorCatalog catalog)
    {
        _entries = entries;
        _catalog = catalog;
    }

    public static string DefaultPath => Path.Combine("corrections", "reviewed-corrections.yaml");

    public static ReviewedCorrections None(IndicatorCatalog catalog) => new([], catalog);

    public static ReviewedCorrections Load(string path, IndicatorCatalog catalog)
    {
        if (!File.Exists(path)) return None(catalog);
        File_ file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<File_>(File.ReadAllText(path)) ?? new File_();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new CorrectionsError($"复核更正文件格式错误 {path} 第 {e.Start.Line} 行：{e.Message}");
        }
        for (var i = 0; i < file.Corrections.Count; i++)
        {
            var e = file.Corrections[i];
            var where = $"{path} 第 {i + 1} 条";
            if (!CorrectionActions.All.Contains(e.Action))
                throw new CorrectionsError($"{where}：action 应为 confirm / correct / reject / add，而不是 '{e.Action}'");
            if (string.IsNullOrWhiteSpace(e.Who) || string.IsNullOrWhiteSpace(e.When) || string.IsNullOrWhiteSpace(e.Why))
                throw new CorrectionsError($"{where}：每条更正都要写明 who、when、why");
            if (string.IsNullOrWhiteSpace(e.Document) || catalog.Find(e.Indicator ?? "") is null)
                throw new CorrectionsError($"{where}：document 必填，indicator 必须是指标目录中的 id（'{e.Indicator}'）");
            if (e.Value is null)
                throw new CorrectionsError($"{where}：value 必填（{(e.Action == CorrectionActions.Add ? "补录的数值" : "所指数字的原值")}）");
            if (e.Action == CorrectionActions.Add && (string.IsNullOrWhiteSpace(e.Evidence) || e.Unit is null || e.Measure is null))
                throw new CorrectionsError($"{where}：补录需要 evidence（原文）、unit、measure");
            if (e.Set?.Indicator is { } newIndicator && catalog.Find(newIndicator) is null)
                throw new CorrectionsError($"{where}：set.indicator '{newIndicator}' 不在指标目录中");
        }
        return new ReviewedCorrections(file.Corrections, catalog);
    }

    public (DocumentExtraction Extraction, IReadOnlyList<AuditEntry> Audit) Apply(DocumentExtraction extraction)
    {
        var figures = extraction.Figures.ToList();
        var audit = new List<AuditEntry>();
        foreach (var e in _entries.Where(e => e.Document == extraction.Document.FileName))
        {
            AuditEntry Entry(string before, string after, bool applied, string? problem = null) =>
                new(e.Action, e.Document, e.Indicator!, before, after, e.Who!, e.When!, e.Why!, applied, problem);

            if (e.Action == CorrectionActions.Add)
            {
                var added = Add(extraction, e);
                if (added is null) { audit.Add(Entry("", "", false, "原文中找不到 evidence 所写的文字")); continue; }
                figures.Add(added);
                audit.Add(Entry("（未提取）", Describe(added), true));
                continue;
            }

            var index = figures.FindIndex(f => f.Indicator.Id == e.Indicator && f.Value == e.Value
                                               && (e.Kind is null || f.Kind == e.Kind) && (e.Year is null || f.Year == e.Year));
            if (index < 0) { audit.Add(Entry($"{e.Value}", "", false, "未找到对应的提取数字")); continue; }
            var figure = figures[index];
            switch (e.Action)
            {
                case CorrectionActions.Confirm:
                    figures[index] = figure with { Review = CorrectionActions.Confirm };
                    audit.Add(Entry(Describe(figure), Describe(figure), true));
                    break;
                case CorrectionActions.Reject:
                    figures.RemoveAt(index);
                    audit.Add(Entry(Describe(figure), "（剔除）", true));
                    break;
                default:
                    var set = e.Set ?? new Changes();
                    var corrected = figure with
                    {
                        Indicator = set.Indicator is null ? figure.Indicator : _catalog.Find(set.Indicator)!,
                        Value = set.Value ?? figure.Value,
                        ValueMax = set.ValueMax ?? figure.ValueMax,
                        Unit = set.Unit ?? figure.Unit,
                        Measure = set.Measure ?? figure.Measure,
                        Qualifier = set.Qualifier ?? figure.Qualifier,
                        Review = CorrectionActions.Correct,
                    };
                    figures[index] = corrected;
                    audit.Add(Entry(Describe(figure), Describe(corrected), true));
                    break;
            }
        }
        return (extraction with { Figures = figures }, audit);
    }

    private ExtractedFigure? Add(DocumentExtraction extraction, Entry e)
    {
        var document = extraction.Document;
        var at = document.Normalized.Text.IndexOf(e.Evidence!, StringComparison.Ordinal);
        if (at < 0) return null;
        var map = document.Normalized.DecodedOffsets;
        var (start, end) = (map[at], map[at + e.Evidence!.Length]);
        var year = e.Year ?? document.Metadata.Year ?? 0;
        return new ExtractedFigure(_catalog.Find(e.Indicator!)!, e.Kind ?? FigureKinds.Target, year, e.Value!.Value, e.ValueMax,
            e.Unit!, null, e.Measure!, e.Qualifier, e.Evidence!, start, end, start, end, e.Evidence!, CorrectionActions.Add);
    }

    private static string Describe(ExtractedFigure f) =>
        $"{f.Indicator.Name} {Measures.Chinese(f.Measure)} {f.Value.ToString("0.####", CultureInfo.InvariantCulture)}" +
        (f.ValueMax is null ? "" : "–" + f.ValueMax.Value.ToString("0.####", CultureInfo.InvariantCulture)) + $" {f.Unit}";

    private sealed class File_
    {
        public List<Entry> Corrections { get; set; } = [];
    }

    private sealed class Entry
    {
        public string Action { get; set; } = "";
        public string Document { get; set; } = "";
        public string? Indicator { get; set; }
        public decimal? Value { get; set; }
        public decimal? ValueMax { get; set; }
        public string? Kind { get; set; }
        public int? Year { get; set; }
        public string? Unit { get; set; }
        public string? Measure { get; set; }
        public string? Qualifier { get; set; }
        public string? Evidence { get; set; }
        public Changes? Set { get; set; }
        public string? Who { get; set; }
        public string? When { get; set; }
        public string? Why { get; set; }
    }

    private sealed class Changes
    {
        public decimal? Value { get; set; }
        public decimal? ValueMax { get; set; }
        public string? Unit { get; set; }
        public string? Measure { get; set; }
        public string? Qualifier { get; set; }
        public string? Indicator { get; set; }
    }
}
