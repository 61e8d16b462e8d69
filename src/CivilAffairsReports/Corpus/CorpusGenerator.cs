using System.Globalization;
using CivilAffairsReports.Regions;
using System.Text;

namespace CivilAffairsReports.Corpus;

internal sealed record CorpusOptions(int Seed, int Documents, string OutputFolder, int Year = 2025, IReadOnlyList<string>? Provinces = null);

/// <summary>One generated file: whose it is, what kind, and how it was damaged and encoded.</summary>
internal sealed record CorpusDocument(string FileName, Region Region, string Kind, int Year, string Encoding, bool PdfLike, long Bytes);

internal sealed record CorpusSummary(IReadOnlyList<CorpusDocument> Documents, int ExpectedFigures, int ExpectedShares, long Bytes);

/// <summary>
/// A national corpus, deterministic from a seed: for each province in turn (round robin, so every size covers
/// the country), its regions top-down (province, prefectures, counties), each with a plan, a summary of the
/// year before and, for a region with children, a task notice. Beside the documents: expected.csv (every
/// figure a correct reader takes), expected-shares.csv (every child's known part of its parent's goal) and
/// documents.csv (the manifest). Regenerating into the same folder replaces only what the generator wrote.
/// </summary>
internal static class CorpusGenerator
{
    public const string ManifestFile = "documents.csv";
    public const string ExpectedFile = "expected.csv";
    public const string SharesFile = "expected-shares.csv";

    public static CorpusSummary Generate(CorpusOptions options, RegionCatalog regions)
    {
        if (options.Documents < 1) throw new CorpusError("--documents 至少为 1");
        var plan = Plan(options, regions);
        PrepareFolder(options.OutputFolder);

        var goals = new GoalAllocation(regions, options.Seed);
        var composer = new DocumentComposer(regions, goals, options.Seed);
        var documents = new List<CorpusDocument>();
        var expected = new List<ExpectedFigure>();
        foreach (var (region, kind) in plan)
        {
            var year = options.Year;
            var fileName = FileName(region, kind, kind == CorpusDocumentKinds.Summary ? year - 1 : year);
            var composed = composer.Compose(fileName, region, kind, year);
            var random = Rng.For(options.Seed, region.Code, kind, "damage");
            var pdfLike = random.Next(100) < 40;
            var text = DocumentDamage.Render(composed, pdfLike, random);
            if (random.Next(5) == 0) text = text.Replace("\n", "\r\n");
            var encoding = DocumentDamage.ChooseEncoding(random);
            var bytes = DocumentDamage.Encode(text, encoding);
            File.WriteAllBytes(Path.Combine(options.OutputFolder, fileName), bytes);
            documents.Add(new CorpusDocument(fileName, region, kind, year, encoding, pdfLike, bytes.Length));
            expected.AddRange(composed.Figures);
        }

        WriteManifest(options.OutputFolder, documents);
        WriteExpected(options.OutputFolder, expected);
        var shares = WriteShares(options.OutputFolder, regions, goals, composer, documents, options.Year);
        return new CorpusSummary(documents, expected.Count, shares, documents.Sum(d => d.Bytes));
    }

    /// <summary>Which (region, kind) pairs, in order: each province's list top-down, taken round robin.</summary>
    private static List<(Region Region, string Kind)> Plan(CorpusOptions options, RegionCatalog regions)
    {
        var provinces = regions.Provinces.ToList();
        if (options.Provinces is { Count: > 0 } wanted)
        {
            var unknown = wanted.Where(p => provinces.All(r => !r.Code.StartsWith(p, StringComparison.Ordinal))).ToList();
            if (unknown.Count > 0) throw new CorpusError($"未知的省级代码：{string.Join("、", unknown)}（例如 31 或 310000）");
            provinces = provinces.Where(r => wanted.Any(p => r.Code.StartsWith(p, StringComparison.Ordinal))).ToList();
        }
        var queues = provinces.Select(p => new Queue<(Region, string)>(ProvinceDocuments(p, regions))).ToList();
        var plan = new List<(Region, string)>();
        while (plan.Count < options.Documents && queues.Any(q => q.Count > 0))
            foreach (var queue in queues)
                if (plan.Count < options.Documents && queue.Count > 0) plan.Add(queue.Dequeue());
        return plan;
    }

    /// <summary>Breadth first, so a small corpus holds a parent with its children rather than one deep branch.</summary>
    private static IEnumerable<(Region, string)> ProvinceDocuments(Region province, RegionCatalog regions)
    {
        var level = new List<Region> { province };
        while (level.Count > 0)
        {
            foreach (var region in level)
            {
                yield return (region, CorpusDocumentKinds.Plan);
                yield return (region, CorpusDocumentKinds.Summary);
                if (regions.ChildrenOf(region.Code).Count > 0) yield return (region, CorpusDocumentKinds.Notice);
            }
            level = level.SelectMany(r => regions.ChildrenOf(r.Code)).ToList();
        }
    }

    /// <summary>ASCII names from the region code: the same on every file system, nothing from a document in them.</summary>
    public static string FileName(Region region, string kind, int year) =>
        $"{Sanitize(region.Code)}-{kind}-{year.ToString(CultureInfo.InvariantCulture)}.txt";

    private static string Sanitize(string value) => new(value.Where(char.IsAsciiLetterOrDigit).ToArray());

    /// <summary>
    /// The folder must be new, empty, or hold an earlier corpus; then only the files its manifest lists are
    /// replaced. Files the generator did not write are never deleted.
    /// </summary>
    private static void PrepareFolder(string folder)
    {
        if (File.Exists(folder)) throw new CorpusError($"输出路径是一个文件，不是文件夹：{folder}");
        Directory.CreateDirectory(folder);
        var manifest = Path.Combine(folder, ManifestFile);
        var entries = Directory.EnumerateFileSystemEntries(folder).ToList();
        if (entries.Count == 0) return;
        if (!File.Exists(manifest))
            throw new CorpusError($"输出文件夹 {folder} 不是空的，也不是之前生成的语料（没有 {ManifestFile}）：请换一个文件夹");
        foreach (var line in File.ReadLines(manifest).Skip(1))
        {
            var name = line.Split(',')[0];
            if (name.Length > 0 && name == Path.GetFileName(name) && name.EndsWith(".txt", StringComparison.Ordinal))
                File.Delete(Path.Combine(folder, name));
        }
        foreach (var own in new[] { ManifestFile, ExpectedFile, SharesFile }) File.Delete(Path.Combine(folder, own));
    }

    private static void WriteManifest(string folder, List<CorpusDocument> documents)
    {
        var text = new StringBuilder("document,region_code,region_name,parent_code,level,kind,year,encoding,pdf_like,bytes\n");
        foreach (var d in documents)
            text.Append(CultureInfo.InvariantCulture,
                $"{d.FileName},{d.Region.Code},{Csv(d.Region.Name)},{d.Region.ParentCode},{d.Region.Level},{d.Kind},{d.Year},{d.Encoding},{(d.PdfLike ? 1 : 0)},{d.Bytes}\n");
        File.WriteAllText(Path.Combine(folder, ManifestFile), text.ToString(), new UTF8Encoding(true));
    }

    private static void WriteExpected(string folder, List<ExpectedFigure> figures)
    {
        var text = new StringBuilder("document,region_code,indicator_id,kind,year,value,value_max,unit,measure,qualifier,as_written\n");
        foreach (var f in figures)
            text.Append(CultureInfo.InvariantCulture,
                $"{f.Document},{f.RegionCode},{f.IndicatorId},{f.Kind},{f.Year},{Number(f.Value)},{Number(f.ValueMax)},{Csv(f.Unit)},{f.Measure},{Csv(f.Qualifier)},{Csv(f.AsWritten)}\n");
        File.WriteAllText(Path.Combine(folder, ExpectedFile), text.ToString(), new UTF8Encoding(true));
    }

    /// <summary>
    /// For every parent with a plan in the corpus: each child's part of each additive goal (the plan's, not the
    /// notice's raised one), whether or not the child has a document, so "what the others must carry" is known too.
    /// </summary>
    private static int WriteShares(string folder, RegionCatalog regions, GoalAllocation goals, DocumentComposer composer,
        List<CorpusDocument> documents, int year)
    {
        var withPlan = documents.Where(d => d.Kind == CorpusDocumentKinds.Plan).Select(d => d.Region.Code).ToHashSet();
        var text = new StringBuilder("parent_code,child_code,child_has_plan,indicator_id,year,measure,unit,parent_value,child_value,share\n");
        var rows = 0;
        foreach (var parent in regions.All.Where(r => withPlan.Contains(r.Code)).OrderBy(r => r.Code, StringComparer.Ordinal))
        foreach (var indicator in composer.IndicatorsFor(parent).Where(i => !i.IsRate))
        {
            var parentValue = goals.Goal(parent, indicator, "target");
            if (parentValue == 0) continue;
            foreach (var child in regions.ChildrenOf(parent.Code).Where(c => goals.Applies(c, indicator)))
            {
                var childValue = goals.Goal(child, indicator, "target");
                text.Append(CultureInfo.InvariantCulture,
                    $"{parent.Code},{child.Code},{(withPlan.Contains(child.Code) ? 1 : 0)},{indicator.Id},{year},{indicator.Measure},{Csv(indicator.Unit)},{parentValue},{childValue},{(double)childValue / parentValue:0.######}\n");
                rows++;
            }
        }
        File.WriteAllText(Path.Combine(folder, SharesFile), text.ToString(), new UTF8Encoding(true));
        return rows;
    }

    private static string Number(decimal? value) => value is null ? "" : value.Value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Csv(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
