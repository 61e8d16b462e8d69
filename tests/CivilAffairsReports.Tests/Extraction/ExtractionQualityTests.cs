using System.Text;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Tests.Support;
using Xunit.Abstractions;

namespace CivilAffairsReports.Tests.Extraction;

/// <summary>The extractor measured against gold files built by reading the documents by hand.</summary>
public class ExtractionQualityTests(ITestOutputHelper output)
{
    private static readonly TargetExtractor Extractor = new(IndicatorCatalog.Load());

    private static List<GoldFigure> ExtractAll(IEnumerable<SourceDocument> documents) => documents
        .SelectMany(d => DocumentExtraction.Run(Extractor, d).Figures.Select(f => GoldFigure.From(d.FileName, f)))
        .ToList();

    private void Report(string label, IReadOnlyList<GoldFigure> gold, IReadOnlyList<GoldFigure> found,
        out double precision, out double recall)
    {
        (precision, recall, var missed, var spurious) = GoldFile.Score(gold, found);
        var text = new StringBuilder($"[quality] {label}: precision {precision:P1}, recall {recall:P1} ({gold.Count} gold, {found.Count} found)");
        foreach (var m in missed) text.Append($"\n[quality]   missed   {m}");
        foreach (var s in spurious) text.Append($"\n[quality]   spurious {s}");
        output.WriteLine(text.ToString());
        Console.WriteLine(text.ToString());
    }

    [Fact]
    public void Seeds_targets_at_100_percent_precision_and_recall()
    {
        var gold = GoldFile.Read(Path.Combine(RepositoryPaths.Fixtures, "gold", "seeds-gold.csv")).Where(g => g.Kind == "target").ToList();
        var found = ExtractAll(DocumentReader.ReadDirectory(RepositoryPaths.Seeds).Documents).Where(f => f.Kind == "target").ToList();
        Report("seeds plan targets", gold, found, out var precision, out var recall);
        Assert.True(precision >= 1.0, $"precision {precision:P1}");
        Assert.True(recall >= 1.0, $"recall {recall:P1}");
    }

    [Fact]
    public void Municipal_2024_summary_yields_every_result_and_never_2025_targets()
    {
        var gold = GoldFile.Read(Path.Combine(RepositoryPaths.Fixtures, "gold", "seeds-gold.csv")).Where(g => g.Kind == "actual").ToList();
        var municipal = DocumentReader.Read(Path.Combine(RepositoryPaths.Seeds, "004_21d337777f997462.txt"));
        var extraction = DocumentExtraction.Run(Extractor, municipal);
        var found = extraction.Figures.Where(f => f.Kind == "actual").Select(f => GoldFigure.From(municipal.FileName, f)).ToList();
        Report("seeds summary results", gold, found, out var precision, out var recall);
        Assert.True(recall >= 1.0, $"recall {recall:P1}");
        Assert.True(precision >= 1.0, $"precision {precision:P1}");
        Assert.All(found, f => Assert.Equal(2024, f.Year));

        // The summary starts at its heading: nothing after it is a 2025 target.
        var summaryStart = municipal.DecodedText.IndexOf("上海民政 2024 年工作总结", StringComparison.Ordinal);
        Assert.True(summaryStart > 0);
        // A target the summary itself states (超额完成…1000 万元的任务) is a 2024 target, never a 2025 one.
        Assert.DoesNotContain(extraction.Figures, f => f.Kind == "target" && f.Year == 2025 && f.ValueStart > summaryStart);
    }

    [Fact]
    public void Unseen_documents_of_the_same_genre_at_95_percent_without_changes()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        var source = Path.Combine(RepositoryPaths.Fixtures, "unseen");
        // Written the way they arrive in the wild: GB18030, UTF-16 with BOM, UTF-8 without.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(folder.File("minhang-2025.txt"),
            Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(Path.Combine(source, "minhang-2025.txt"))));
        File.WriteAllText(folder.File("baoshan-2025.txt"), File.ReadAllText(Path.Combine(source, "baoshan-2025.txt")), new UnicodeEncoding(false, true));
        File.Copy(Path.Combine(source, "municipal-task-notice-2025.txt"), folder.File("municipal-task-notice-2025.txt"));
        File.WriteAllBytes(folder.File("pudong-2025.txt"),
            Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(Path.Combine(source, "pudong-2025.txt"))));

        var batch = DocumentReader.ReadDirectory(folder.Path);
        Assert.Empty(batch.Failures);
        var gold = GoldFile.Read(Path.Combine(source, "unseen-gold.csv"));
        Report("unseen documents", gold, ExtractAll(batch.Documents), out var precision, out var recall);
        Assert.True(precision >= 0.95, $"precision {precision:P1}");
        Assert.True(recall >= 0.95, $"recall {recall:P1}");
    }

    [Fact]
    public void Evidence_offsets_point_at_the_clause_in_the_decoded_text()
    {
        foreach (var document in DocumentReader.ReadDirectory(RepositoryPaths.Seeds).Documents)
        foreach (var figure in DocumentExtraction.Run(Extractor, document).Figures)
        {
            static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
            var decoded = document.DecodedText[figure.EvidenceStart..figure.EvidenceEnd];
            Assert.Equal(Squeeze(figure.Evidence), Squeeze(decoded));
            Assert.Contains(Squeeze(figure.ValueText), Squeeze(document.DecodedText[figure.ValueStart..figure.ValueEnd]));
        }
    }

    [Theory]
    [InlineData("000_64e857f6e65aa405.txt", "第 16 届")]
    [InlineData("000_64e857f6e65aa405.txt", "青民〔2025〕9 号")]
    [InlineData("000_64e857f6e65aa405.txt", "“1+11+N”")]
    [InlineData("001_1d6ab4ae0074cbc7.txt", "37009999")]
    [InlineData("001_1d6ab4ae0074cbc7.txt", "第七届")]
    [InlineData("001_1d6ab4ae0074cbc7.txt", "2022-2025")]
    [InlineData("002_4df1fa43caeaa718.txt", "“9073”")]
    [InlineData("002_4df1fa43caeaa718.txt", "“1+10+N”")]
    [InlineData("002_4df1fa43caeaa718.txt", "15分钟")]
    [InlineData("002_4df1fa43caeaa718.txt", "2024 至 2026 年")]
    [InlineData("003_c7948599303c6120.txt", "7 方面 32 项")]
    [InlineData("003_c7948599303c6120.txt", "第6次")]
    [InlineData("003_c7948599303c6120.txt", "日常90项指标")]
    [InlineData("003_c7948599303c6120.txt", "24 小时")]
    [InlineData("003_c7948599303c6120.txt", "12345")]
    [InlineData("003_c7948599303c6120.txt", "3A 级")]
    [InlineData("004_21d337777f997462.txt", "第七届")]
    [InlineData("004_21d337777f997462.txt", "1950年—1990年")]
    [InlineData("004_21d337777f997462.txt", "民政部等5部门")]
    public void Known_non_targets_in_the_seeds_are_never_extracted(string file, string snippet)
    {
        var document = DocumentReader.Read(Path.Combine(RepositoryPaths.Seeds, file));
        var at = document.DecodedText.IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(at >= 0, $"snippet {snippet} not in {file}");
        var figures = DocumentExtraction.Run(Extractor, document).Figures;
        Assert.DoesNotContain(figures, f => f.ValueStart < at + snippet.Length && at < f.ValueEnd);
    }
}
