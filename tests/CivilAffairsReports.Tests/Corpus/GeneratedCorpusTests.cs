using System.Globalization;
using CivilAffairsReports.Regions;
using System.Text;
using CivilAffairsReports.Corpus;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Tests.Extraction;
using CivilAffairsReports.Tests.Support;
using Xunit.Abstractions;

namespace CivilAffairsReports.Tests.Corpus;

/// <summary>
/// The generated national corpus against the real decoder, normaliser and extractor: what the generator wrote
/// down as ground truth is what a correct reader takes, and the same seed gives the same bytes.
/// </summary>
public class GeneratedCorpusTests(ITestOutputHelper output)
{
    private static readonly TargetExtractor Extractor = new(IndicatorCatalog.Load());
    private static readonly RegionCatalog Regions = RegionCatalog.Load();

    private static CorpusSummary Generate(string folder, int seed, int documents, params string[] provinces) =>
        CorpusGenerator.Generate(new CorpusOptions(seed, documents, folder, 2025, provinces), Regions);

    [Fact]
    public void Same_seed_gives_byte_identical_files_and_another_seed_does_not()
    {
        using var first = RepositoryPaths.NewTempFolder();
        using var second = RepositoryPaths.NewTempFolder();
        using var other = RepositoryPaths.NewTempFolder();
        Generate(first.Path, 42, 40);
        Generate(second.Path, 42, 40);
        Generate(other.Path, 43, 40);

        var names = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(43, names.Count); // 40 documents and the three CSV files
        Assert.Equal(names, Directory.GetFiles(second.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(first.Path, name!)).SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, name!))), name);
        Assert.False(File.ReadAllBytes(Path.Combine(first.Path, CorpusGenerator.ExpectedFile))
            .SequenceEqual(File.ReadAllBytes(Path.Combine(other.Path, CorpusGenerator.ExpectedFile))));
    }

    [Fact]
    public void A_region_reads_the_same_whatever_the_corpus_size()
    {
        using var small = RepositoryPaths.NewTempFolder();
        using var large = RepositoryPaths.NewTempFolder();
        Generate(small.Path, 5, 10, "33");
        Generate(large.Path, 5, 80, "33");
        foreach (var file in Directory.GetFiles(small.Path, "*.txt"))
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(large.Path, Path.GetFileName(file)))), file);
    }

    [Fact]
    public void Every_goal_is_split_among_its_children_in_parts_that_add_up()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        Generate(folder.Path, 11, 120, "31", "33", "65");
        var shares = ReadCsv(Path.Combine(folder.Path, CorpusGenerator.SharesFile));
        Assert.NotEmpty(shares);
        foreach (var family in shares.GroupBy(r => (Parent: r["parent_code"], Indicator: r["indicator_id"])))
        {
            var parentValue = decimal.Parse(family.First()["parent_value"], CultureInfo.InvariantCulture);
            var parts = family.Sum(r => decimal.Parse(r["child_value"], CultureInfo.InvariantCulture));
            Assert.True(parentValue == parts, $"{family.Key}: parent {parentValue}, children {parts}");
        }
        // The parent's plan states exactly the goal its children's parts add up to.
        var expected = ReadCsv(Path.Combine(folder.Path, CorpusGenerator.ExpectedFile));
        var shanghaiBeds = expected.Single(r => r["document"] == "310000-plan-2025.txt" && r["indicator_id"] == "elderly_care_beds");
        Assert.Equal(shanghaiBeds["value"], shares.First(r => r["parent_code"] == "310000" && r["indicator_id"] == "elderly_care_beds")["parent_value"]);
        Assert.Equal(16, shares.Count(r => r["parent_code"] == "310000" && r["indicator_id"] == "elderly_care_beds"));
    }

    [Fact]
    public void Extractor_recovers_the_generated_ground_truth_across_two_provinces()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        var summary = Generate(folder.Path, 2025, 60, "31", "33");
        Assert.Equal(60, summary.Documents.Count);
        Assert.Equal(5, summary.Documents.Select(d => d.Encoding).Distinct().Count());

        var gold = ReadCsv(Path.Combine(folder.Path, CorpusGenerator.ExpectedFile)).Select(r => new GoldFigure(
            r["document"], r["kind"], int.Parse(r["year"], CultureInfo.InvariantCulture), r["indicator_id"],
            decimal.Parse(r["value"], CultureInfo.InvariantCulture),
            r["value_max"].Length == 0 ? null : decimal.Parse(r["value_max"], CultureInfo.InvariantCulture),
            r["unit"], r["measure"], r["qualifier"].Length == 0 ? null : r["qualifier"])).ToList();

        // The documents stage and the extractor as the batch runs them.
        var batch = DocumentReader.ReadDirectory(folder.Path);
        Assert.Empty(batch.Failures);
        var found = new List<GoldFigure>();
        foreach (var document in batch.Documents)
        {
            var generated = summary.Documents.Single(d => d.FileName == document.FileName);
            Assert.Equal(generated.Encoding, document.Encoding);
            Assert.Equal(generated.Region.Code, document.Metadata.RegionCode);
            found.AddRange(DocumentExtraction.Run(Extractor, document).Figures.Select(f => GoldFigure.From(document.FileName, f)));
        }
        var (precision, recall, missed, spurious) = GoldFile.Score(gold, found);
        var report = new StringBuilder($"[quality] generated corpus (60 documents, 31+33): precision {precision:P1}, recall {recall:P1} ({gold.Count} expected, {found.Count} found)");
        foreach (var m in missed) report.Append($"\n[quality]   missed   {m}");
        foreach (var s in spurious) report.Append($"\n[quality]   spurious {s}");
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        // Known extractor gap (reported): "截至2024年底，已累计建成…" inside a plan is a 2024 result, read as a 2025 target.
        Assert.True(precision >= 0.95, $"precision {precision:P1}");
        Assert.True(recall >= 0.95, $"recall {recall:P1}");
    }

    [Theory]
    [InlineData("330106-plan-2025.txt", "杭州市西湖区民政局", "330106", "district")]
    [InlineData("360103-plan-2025.txt", "南昌市西湖区民政局", "360103", "district")]
    [InlineData("330903-plan-2025.txt", "舟山市普陀区民政局", "330903", "district")] // not Shanghai's 普陀区
    [InlineData("429004-plan-2025.txt", "仙桃市民政局", "429004", "district")]
    [InlineData("620200-plan-2025.txt", "嘉峪关市民政局", "620200", "municipal")] // a prefecture, parent of counties
    [InlineData("650000-plan-2025.txt", "新疆维吾尔自治区民政局", "650000", "provincial")]
    public void Bureaus_anywhere_in_the_country_are_read_from_the_text(string file, string issuer, string code, string level)
    {
        using var folder = RepositoryPaths.NewTempFolder();
        var region = Regions.Find(file[..6])!;
        var composer = new DocumentComposer(Regions, new GoalAllocation(Regions, 1), 1);
        var text = DocumentDamage.Render(composer.Compose(file, region, CorpusDocumentKinds.Plan, 2025), pdfLike: true, new Random(1));
        File.WriteAllText(folder.File(file), text);
        var document = DocumentReader.Read(folder.File(file));
        Assert.Equal(issuer, document.Metadata.Issuer);
        Assert.Equal(code, document.Metadata.RegionCode);
        Assert.Equal(level, document.Metadata.Level);
        Assert.Equal(2025, document.Metadata.Year);
    }

    [Fact]
    public void Shanghai_documents_read_whole_through_the_document_reader()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        Generate(folder.Path, 3, 30, "31");
        var batch = DocumentReader.ReadDirectory(folder.Path);
        Assert.Empty(batch.Failures);
        Assert.Equal(30, batch.Documents.Count);
        var qingpu = batch.Documents.Single(d => d.FileName == "310118-plan-2025.txt");
        Assert.Equal("上海市青浦区民政局", qingpu.Metadata.Issuer);
        Assert.Equal("310118", qingpu.Metadata.DistrictCode);
        Assert.Equal(2025, qingpu.Metadata.Year);
        Assert.Equal("上海市民政局", batch.Documents.Single(d => d.FileName == "310000-summary-2024.txt").Metadata.Issuer);
    }

    [Fact]
    public void A_folder_holding_other_files_is_refused_and_left_as_it_was()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        File.WriteAllText(folder.File("notes.txt"), "mine");
        var error = Assert.Throws<CorpusError>(() => Generate(folder.Path, 1, 5));
        Assert.Contains(folder.Path, error.Message);
        Assert.Equal("mine", File.ReadAllText(folder.File("notes.txt")));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Regenerating_replaces_only_the_files_the_generator_wrote()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        Generate(folder.Path, 1, 20);
        File.WriteAllText(folder.File("notes.md"), "mine");
        Generate(folder.Path, 1, 6);
        Assert.Equal(6, Directory.GetFiles(folder.Path, "*.txt").Length);
        Assert.Equal("mine", File.ReadAllText(folder.File("notes.md")));
    }

    /// <summary>A small RFC 4180 reader: the generator quotes fields holding commas (as_written).</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = Fields(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var fields = Fields(l);
            return header.Select((h, i) => (h, fields[i])).ToDictionary(p => p.h, p => p.Item2);
        }).ToList();
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
