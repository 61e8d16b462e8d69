using System.Diagnostics;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Tests.Support;
using Xunit.Abstractions;

namespace CivilAffairsReports.Tests.Documents;

/// <summary>The five seeds as bureaus also send them: printed to PDF by Chromium and saved as Word documents.</summary>
public sealed class SeedFormatsFixture : IDisposable
{
    internal RepositoryPaths.TempFolder Folder { get; } = RepositoryPaths.NewTempFolder();
    internal Dictionary<string, SourceDocument> Plain { get; } = new();
    internal Dictionary<string, string> Pdf { get; } = new();
    internal Dictionary<string, string> Docx { get; } = new();
    internal const string RunningHeader = "民政工作要点（印发稿）";

    public SeedFormatsFixture()
    {
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order())
        {
            var prefix = Path.GetFileName(path)[..3];
            var plain = DocumentReader.Read(path);
            Plain[prefix] = plain;
            var paragraphs = plain.Normalized.Text.Split('\n');
            Pdf[prefix] = Folder.File(prefix + ".pdf");
            MadeDocuments.PrintToPdf(MadeDocuments.PrintableHtml(paragraphs, RunningHeader), Pdf[prefix]);
            Docx[prefix] = Folder.File(prefix + ".docx");
            MadeDocuments.WriteDocx(Docx[prefix], paragraphs);
        }
    }

    public void Dispose() => Folder.Dispose();
}

public sealed class DocumentFormatTests(SeedFormatsFixture seeds, ITestOutputHelper output) : IClassFixture<SeedFormatsFixture>, IDisposable
{
    private static readonly TargetExtractor Extractor = new(IndicatorCatalog.Load());
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    /// <summary>
    /// What a reviewer compares: indicator, kind, year, value, unit, measure, qualifier and the evidence clause. The
    /// clause is compared without spaces: where Chromium wrapped a line between a digit and an ideograph, the PDF no
    /// longer says whether the source had a space there ("2027 年" or "2027年"), and the join puts one in.
    /// </summary>
    private static List<string> Figures(SourceDocument d) =>
        Extractor.Extract(d.Normalized.Text, d.Metadata.Year!.Value).Figures
            .Select(f => $"{f.Indicator.Id}|{f.Kind}|{f.Year}|{f.Value}|{f.ValueMax}|{f.Unit}|{f.Measure}|{f.Qualifier}|{f.Evidence.Replace(" ", "")}")
            .ToList();

    [Theory]
    [InlineData("000"), InlineData("001"), InlineData("002"), InlineData("003"), InlineData("004")]
    public void A_seed_printed_to_pdf_gives_the_same_targets_values_and_evidence_as_the_plain_text(string seed)
    {
        var plain = seeds.Plain[seed];
        var pdf = DocumentReader.Read(seeds.Pdf[seed]);
        Assert.Equal(InputFormat.Pdf, pdf.Format);
        Assert.True(Poppler.Pages(seeds.Pdf[seed]) >= 2, "the seed should span pages, so page furniture is exercised");
        Assert.Equal(plain.Metadata, pdf.Metadata);
        var expected = Figures(plain);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Figures(pdf));
    }

    [Theory]
    [InlineData("000"), InlineData("001"), InlineData("002"), InlineData("003"), InlineData("004")]
    public void A_seed_saved_as_docx_gives_the_same_targets_values_and_evidence_as_the_plain_text(string seed)
    {
        var plain = seeds.Plain[seed];
        var docx = DocumentReader.Read(seeds.Docx[seed]);
        Assert.Equal(InputFormat.Docx, docx.Format);
        Assert.Equal(plain.Metadata, docx.Metadata);
        Assert.Equal(Figures(plain), Figures(docx));
    }

    public void Dispose() => _folder.Dispose();
}
