using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;

namespace CivilAffairsReports.Pipeline;

/// <summary>One document extracted and corrected, or the error that stopped it (rejected alone).</summary>
internal sealed record ExtractedDocument(
    SourceDocument Document, DocumentExtraction? Extraction, IReadOnlyList<AuditEntry> Audit,
    IReadOnlyList<RefusedNumber> Refused, Exception? Error);

/// <summary>A folder read and extracted: the documents stage's batch and each read document's extraction, in name order.</summary>
internal sealed record FolderExtraction(DocumentBatch Batch, IReadOnlyList<ExtractedDocument> Documents)
{
    /// <summary>Files that could not be read and documents whose extraction failed, in name order.</summary>
    public IReadOnlyList<DocumentReadException> Failures =>
        [.. Batch.Failures, .. Documents.Where(d => d.Error is not null).Select(d => d.Error as DocumentReadException
            ?? new DocumentReadException(d.Document.FileName, $"提取时出错，本文件未采用（{d.Error!.GetType().Name}：{d.Error.Message}）"))];

    public IEnumerable<DocumentExtraction> Extractions => Documents.Where(d => d.Extraction is not null).Select(d => d.Extraction!);
}

/// <summary>
/// The extraction stage on every core. Documents are independent (the extractor, catalog and corrections are
/// read-only), so each is extracted and corrected on its own thread; results land in a slot per document, so the
/// output is in the input's order and identical to a serial run.
/// </summary>
internal static class ParallelExtraction
{
    public static FolderExtraction ReadAndExtract(string folder, TargetExtractor extractor, ReviewedCorrections corrections,
        int? maxDegreeOfParallelism = null)
    {
        var batch = DocumentReader.ReadDirectory(folder, maxDegreeOfParallelism);
        return new FolderExtraction(batch, Extract(batch.Documents, extractor, corrections, maxDegreeOfParallelism));
    }

    public static IReadOnlyList<ExtractedDocument> Extract(IReadOnlyList<SourceDocument> documents, TargetExtractor extractor,
        ReviewedCorrections corrections, int? maxDegreeOfParallelism = null)
    {
        var slots = new ExtractedDocument[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount }, i =>
        {
            var document = documents[i];
            try
            {
                var refused = RefusedNumbers.Find(document.Normalized.Text);
                var (extraction, audit) = corrections.Apply(DocumentExtraction.Run(extractor, document));
                slots[i] = new ExtractedDocument(document, extraction, audit, refused, null);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // One document that breaks extraction is rejected alone; the rest go on.
                slots[i] = new ExtractedDocument(document, null, [], [], e);
            }
        });
        return slots;
    }
}
