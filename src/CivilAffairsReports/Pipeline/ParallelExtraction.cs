using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;

namespace CivilAffairsReports.Pipeline;

/// <summary>One document read, extracted and corrected.</summary>
internal sealed record ExtractedDocument(DocumentExtraction Extraction, IReadOnlyList<AuditEntry> Audit)
{
    public SourceDocument Document => Extraction.Document;
}

/// <summary>Every document of a folder, in file-name order, and the ones that could not be read (also in that order).</summary>
internal sealed record FolderExtraction(IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<DocumentReadException> Failures);

/// <summary>
/// Reading and extraction of a folder on every core. Documents are independent (the extractor, catalog and
/// corrections are read-only), so each file is read, normalised, extracted and corrected on its own thread;
/// results land in a slot per file, so the output is in file-name order and identical to a serial run.
/// </summary>
internal static class ParallelExtraction
{
    /// <summary>The documents stage alone, in parallel: the same batch <see cref="DocumentReader.ReadDirectory"/> returns.</summary>
    public static DocumentBatch ReadDirectory(string folder, int? maxDegreeOfParallelism = null)
    {
        var paths = Files(folder);
        var slots = new (SourceDocument? Document, DocumentReadException? Failure)[paths.Length];
        Parallel.For(0, paths.Length, Options(maxDegreeOfParallelism), i =>
        {
            try { slots[i] = (DocumentReader.Read(paths[i]), null); }
            catch (DocumentReadException e) { slots[i] = (null, e); }
        });
        return new DocumentBatch(
            slots.Where(s => s.Document is not null).Select(s => s.Document!).ToList(),
            slots.Where(s => s.Failure is not null).Select(s => s.Failure!).ToList());
    }

    /// <summary>Documents and extraction stages together, per file, in parallel; a file that fails either stage is listed.</summary>
    public static FolderExtraction ReadAndExtract(string folder, TargetExtractor extractor, ReviewedCorrections corrections,
        int? maxDegreeOfParallelism = null)
    {
        var paths = Files(folder);
        var slots = new (ExtractedDocument? Document, DocumentReadException? Failure)[paths.Length];
        Parallel.For(0, paths.Length, Options(maxDegreeOfParallelism), i =>
        {
            try
            {
                var (extraction, audit) = corrections.Apply(DocumentExtraction.Run(extractor, DocumentReader.Read(paths[i])));
                slots[i] = (new ExtractedDocument(extraction, audit), null);
            }
            catch (DocumentReadException e) { slots[i] = (null, e); }
        });
        return new FolderExtraction(
            slots.Where(s => s.Document is not null).Select(s => s.Document!).ToList(),
            slots.Where(s => s.Failure is not null).Select(s => s.Failure!).ToList());
    }

    // The same files, in the same order, as DocumentReader.ReadDirectory.
    private static string[] Files(string folder) => Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static ParallelOptions Options(int? maxDegreeOfParallelism) =>
        new() { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
}
