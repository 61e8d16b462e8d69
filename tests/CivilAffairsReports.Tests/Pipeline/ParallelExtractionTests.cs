using CivilAffairsReports.Corpus;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Regions;
using CivilAffairsReports.Review;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Pipeline;

/// <summary>Reading and extraction on every core give exactly what the serial reader and extractor give, in the same order.</summary>
public class ParallelExtractionTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Load();
    private static readonly TargetExtractor Extractor = new(Catalog);

    private static string Csv(IEnumerable<TargetRow> rows)
    {
        using var writer = new StringWriter();
        TargetsCsv.Write(writer, rows);
        return writer.ToString();
    }

    [Fact]
    public void Parallel_rows_and_failures_equal_the_serial_ones_in_file_name_order()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        CorpusGenerator.Generate(new CorpusOptions(9, 48, folder.Path, 2025, ["31", "33", "44"]), RegionCatalog.Load());
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")) File.Copy(seed, folder.File(Path.GetFileName(seed)));
        File.WriteAllBytes(folder.File("000-empty.txt"), []);
        File.WriteAllBytes(folder.File("zzz-broken.txt"), [0xE6, 0x96, 0xB0, 0xFF, 0xFE, 0x81]); // neither UTF-8 nor GB18030
        var corrections = ReviewedCorrections.None(Catalog);

        var serial = DocumentReader.ReadDirectory(folder.Path);
        var serialRows = serial.Documents.SelectMany(d => corrections.Apply(DocumentExtraction.Run(Extractor, d)).Extraction.Rows()).ToList();

        var parallel = ParallelExtraction.ReadAndExtract(folder.Path, Extractor, corrections, maxDegreeOfParallelism: 4);
        Assert.Equal(53, parallel.Extractions.Count());
        Assert.Equal(Csv(serialRows), Csv(parallel.Extractions.SelectMany(e => e.Rows())));
        Assert.Equal(serial.Failures.Select(f => f.Message), parallel.Failures.Select(f => f.Message));
        Assert.Equal(["000-empty.txt", "zzz-broken.txt"], parallel.Failures.Select(f => f.FileName));

        var readOnly = DocumentReader.ReadDirectory(folder.Path, maxDegreeOfParallelism: 4);
        Assert.Equal(serial.Documents.Select(d => (d.FileName, d.ContentHash, d.Normalized.Text)),
            readOnly.Documents.Select(d => (d.FileName, d.ContentHash, d.Normalized.Text)));
    }
}
