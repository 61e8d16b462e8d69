using System.Globalization;
using System.Text;
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

    /// <summary>Entries rejected on their own (the others still apply): file, entry number and what is wrong.</summary>
    public IReadOnlyList<string> Problems { get; }

    private ReviewedCorrections(IReadOnlyList<Entry> entries, IndicatorCatalog catalog, IReadOnlyList<string>? problems = null)
    {
        _entries = entries;
        _catalog = catalog;
        Problems = problems ?? [];
    }

    public static string DefaultPath => Path.Combine("corrections", "reviewed-corrections.yaml");
    public const long MaxFileBytes = 2_000_000;

    public static ReviewedCorrections None(IndicatorCatalog catalog) => new([], catalog);

    static ReviewedCorrections() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Loads the corrections file. Without --corrections, a missing default file means no corrections; a path the
    /// user named must exist and be a file. A file-level error (syntax, encoding, empty list written as nothing) stops
    /// the run; an invalid entry is rejected alone and listed in <see cref="Problems"/>.
    /// </summary>
    public static ReviewedCorrections Load(string? path, IndicatorCatalog catalog)
    {
        var named = path is not null;
        path ??= DefaultPath;
        if (Directory.Exists(path))
            throw new CorrectionsError($"复核更正文件 {path} 是一个文件夹；--corrections 应指向 .yaml 文件（例如 corrections/reviewed-corrections.yaml）");
        if (!File.Exists(path))
        {
            if (!named) return None(catalog);
            throw new CorrectionsError($"复核更正文件不存在：{path}（请检查 --corrections 的路径）");
        }
        if (new FileInfo(path).Length > MaxFileBytes)
            throw new CorrectionsError($"复核更正文件 {path} 有 {new FileInfo(path).Length:#,0} 字节，超过上限 {MaxFileBytes:#,0}");
        var text = Decode(File.ReadAllBytes(path), path);
        File_ file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<File_>(text) ?? throw new CorrectionsError($"复核更正文件 {path} 是空的；没有更正时请写 corrections: []");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            var inner = e.InnerException is { } x && x is not YamlDotNet.Core.YamlException ? $"（{x.Message}）" : "";
            throw new CorrectionsError($"复核更正文件格式错误 {path} 第 {e.Start.Line} 行第 {e.Start.Column} 列：{e.Message.Split('\n')[0]}{inner}");
        }
        catch (Exception e) when (e is not CorrectionsError and not OutOfMemoryException)
        {
            throw new CorrectionsError($"复核更正文件格式错误 {path}：{e.Message.Split('\n')[0]}");
        }
        if (file.Corrections is null)
            throw new CorrectionsError($"复核更正文件 {path}：corrections: 后面没有内容；没有更正时请写 corrections: []，有更正时每条以 - 开头");
        var valid = new List<Entry>();
        var problems = new List<string>();
        for (var i = 0; i < file.Corrections.Count; i++)
        {
            var where = $"{path} 第 {i + 1} 条";
            var problem = file.Corrections[i] is { } e ? Check(e, catalog) : "是空的（~ 或只有 -），请删除或写完整";
            if (problem is null) valid.Add(file.Corrections[i]!);
            else problems.Add($"{where}：{problem}，本条未采用");
        }
        return new ReviewedCorrections(valid, catalog, problems);
    }

    private static string? Check(Entry e, IndicatorCatalog catalog)
    {
        if (!CorrectionActions.All.Contains(e.Action))
            return $"action 应为 confirm / correct / reject / add，而不是 '{e.Action}'";
        if (string.IsNullOrWhiteSpace(e.Who) || string.IsNullOrWhiteSpace(e.When) || string.IsNullOrWhiteSpace(e.Why))
            return "每条更正都要写明 who、when、why";
        if (string.IsNullOrWhiteSpace(e.Document) || catalog.Find(e.Indicator ?? "") is null)
            return $"document 必填（文件名、文号或内容哈希前 8 位以上），indicator 必须是指标目录中的 id（'{e.Indicator}'）";
        if (e.Value is null)
            return $"value 必填（{(e.Action == CorrectionActions.Add ? "补录的数值" : "所指数字的原值")}）";
        if (e.Action == CorrectionActions.Add && (string.IsNullOrWhiteSpace(e.Evidence) || e.Unit is null || e.Measure is null))
            return "补录需要 evidence（原文）、unit、measure";
        if (e.Set?.Indicator is { } newIndicator && catalog.Find(newIndicator) is null)
            return $"set.indicator '{newIndicator}' 不在指标目录中";
        foreach (var (name, value) in new[] { ("value", e.Value), ("value_max", e.ValueMax), ("set.value", e.Set?.Value), ("set.value_max", e.Set?.ValueMax) })
            if (value is { } v && (Math.Abs(v) >= Limit || v < 0))
                return $"{name} {v} 超出工作要点可能的范围（应为 0 到 {Limit:#,0} 之间）";
        return null;
    }

    private static readonly decimal Limit = (decimal)Math.Pow(10, RefusedNumbers.MaxIntegerDigits);

    /// <summary>UTF-8 as the product ships it; a file saved as GB18030/GBK by a Chinese Windows editor is read too.</summary>
    private static string Decode(byte[] bytes, string path)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) bytes = bytes[3..];
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { }
        try { return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            throw new CorrectionsError($"复核更正文件 {path} 第 {e.Index} 字节处既不是 UTF-8 也不是 GBK/GB18030 编码；请另存为 UTF-8");
        }
    }

    /// <summary>
    /// Whether an entry names this document: by file name, by document number (青民〔2025〕9号) or by a prefix of the
    /// content hash (8 characters or more), so a correction survives the file being renamed.
    /// </summary>
    private static bool Names(Entry e, string fileName, string? documentNumber, string contentHash)
    {
        var name = e.Document.Trim();
        return name == fileName
               || (documentNumber is { Length: > 0 } number && name == number)
               || (name.Length >= 8 && contentHash.StartsWith(name, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Names(Entry e, Documents.SourceDocument document) =>
        Names(e, document.FileName, document.Metadata.DocumentNumber, document.ContentHash);

    /// <summary>
    /// The entries that concern one document, as text: a document is extracted again only when this changes (or
    /// its bytes, the program or the catalog do).
    /// </summary>
    public string FingerprintFor(string fileName, string? documentNumber, string contentHash) =>
        string.Join('\n', _entries.Where(e => Names(e, fileName, documentNumber, contentHash)).Select(e => System.Text.Json.JsonSerializer.Serialize(e)));

    public IReadOnlyList<AuditEntry> Unmatched(IEnumerable<Documents.SourceDocument> documents) =>
        UnmatchedAmong(documents.Select(d => (d.FileName, d.Metadata.DocumentNumber, d.ContentHash)));

    /// <summary>Entries that named no document of this run: said loudly, in the audit and on the console.</summary>
    public IReadOnlyList<AuditEntry> UnmatchedAmong(IEnumerable<(string FileName, string? DocumentNumber, string ContentHash)> documents)
    {
        var all = documents.ToList();
        return _entries.Where(e => !all.Any(d => Names(e, d.FileName, d.DocumentNumber, d.ContentHash)))
            .Select(e => new AuditEntry(e.Action, e.Document, e.Indicator!, e.Value?.ToString(CultureInfo.InvariantCulture) ?? "", "",
                e.Who!, e.When!, e.Why!, false, $"没有文件与 document“{e.Document}”对应（按文件名、文号或内容哈希前缀查找）"))
            .ToList();
    }

    public (DocumentExtraction Extraction, IReadOnlyList<AuditEntry> Audit) Apply(DocumentExtraction extraction)
    {
        var figures = extraction.Figures.ToList();
        var audit = new List<AuditEntry>();
        foreach (var e in _entries.Where(e => Names(e, extraction.Document)))
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
        public List<Entry?>? Corrections { get; set; } = [];
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
