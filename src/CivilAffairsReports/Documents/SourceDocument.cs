namespace CivilAffairsReports.Documents;

/// <summary>What a document says about itself: read from its text, never configured per file.</summary>
internal sealed record DocumentMetadata(
    string Issuer,
    string Level,              // municipal | district | provincial | unknown (from the region's GB/T 2260 level)
    string? District,
    string? DistrictCode,
    string? DocumentNumber,
    DateOnly? IssueDate,
    int? Year,
    string? Title,
    // Added for documents from anywhere in China and of any kind (issue 8); defaults keep older callers compiling.
    string? RegionCode = null,       // GB/T 2260 code of the place the document speaks for (310118, 330106, 330100)
    string? Region = null,           // its name (青浦区, 西湖区, 杭州市)
    string? ParentRegionCode = null, // the region whose goals it shares (310000, 330100): a district's figures compare against it
    string? ParentRegion = null,
    string? Unconfirmed = null);     // 待确认: why issuer, place or year were inferred rather than read; null when all were read

/// <summary>
/// Normalised text and, for every normalised character, its index in the decoded text
/// (length Text.Length + 1, so a span [s, e) maps to [map[s], map[e])).
/// </summary>
internal sealed record NormalizedText(string Text, int[] DecodedOffsets);

/// <summary>
/// One input document: its bytes' hash, the text as read from it (for a plain-text file the decoded text; for PDF,
/// Word and HTML the text the format reader took out), the normalised text and its metadata. <see cref="Format"/>
/// says what the file was; for a PDF <see cref="DecodedPages"/> gives the page (1-based) of every decoded character;
/// <see cref="Tables"/> are the document's real tables, cell offsets into the decoded text.
/// </summary>
internal sealed record SourceDocument(
    string FileName,
    string ContentHash,
    string Encoding,
    string DecodedText,
    NormalizedText Normalized,
    DocumentMetadata Metadata,
    InputFormat Format = InputFormat.PlainText,
    int[]? DecodedPages = null,
    IReadOnlyList<DocumentTable>? Tables = null)
{
    /// <summary>The PDF pages a span of the decoded text [start, end) lies on; empty for formats without pages.</summary>
    public IReadOnlyList<int> PagesOf(int decodedStart, int decodedEnd)
    {
        if (DecodedPages is null || DecodedPages.Length == 0) return [];
        var first = DecodedPages[Math.Clamp(decodedStart, 0, DecodedPages.Length - 1)];
        var last = DecodedPages[Math.Clamp(decodedEnd - 1, 0, DecodedPages.Length - 1)];
        return Enumerable.Range(first, Math.Max(last - first + 1, 1)).ToList();
    }

    public IReadOnlyList<DocumentTable> TablesOrEmpty => Tables ?? [];
}

/// <summary>A document that could not be read; the message names the file and, where it helps, the offset.</summary>
internal sealed class DocumentReadException(string fileName, string problem)
    : Exception($"{fileName}：{problem}")
{
    public string FileName { get; } = fileName;
    public string Problem { get; } = problem;
}

/// <summary>A file in the input folder that is not read, on purpose: the reason is shown, nothing failed.</summary>
internal sealed class DocumentSkippedException(string fileName, string reason)
    : Exception($"{fileName}：{reason}")
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = reason;
}

internal enum FileOutcomeStatus { Read, Skipped, Failed }

/// <summary>What became of one entry of the input folder: read (with its format), skipped or failed, and why.</summary>
internal sealed record FileOutcome(string FileName, FileOutcomeStatus Status, string? Format, string? Reason)
{
    public string StatusName => Status switch { FileOutcomeStatus.Read => "已读取", FileOutcomeStatus.Skipped => "已跳过", _ => "未能读取" };
}

/// <summary>
/// A folder read: the documents, the failures (as before), and every entry of the folder accounted for in
/// <see cref="Files"/>, in name order.
/// </summary>
internal sealed record DocumentBatch(
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<DocumentReadException> Failures,
    IReadOnlyList<FileOutcome> Files,
    IReadOnlyList<StoredDocument>? Unchanged = null) // already stored and not changed since: not read again
{
    public IReadOnlyList<StoredDocument> UnchangedOrEmpty => Unchanged ?? [];

    public IEnumerable<FileOutcome> Skipped => Files.Where(f => f.Status == FileOutcomeStatus.Skipped);
}

/// <summary>
/// A document the warehouse already holds whose bytes hash to the same content (and, the caller judged, nothing
/// else it depends on changed): it is not parsed again. <see cref="TextHash"/> still lets it count as the same
/// text as a file in another format.
/// </summary>
internal sealed record StoredDocument(string FileName, string ContentHash, string Encoding, string Issuer, string? DocumentNumber,
    string ExtractionKey, string TextHash);
