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

/// <summary>One input document: its bytes' hash, the decoded text, the normalised text and its metadata.</summary>
internal sealed record SourceDocument(
    string FileName,
    string ContentHash,
    string Encoding,
    string DecodedText,
    NormalizedText Normalized,
    DocumentMetadata Metadata);

/// <summary>A document that could not be read; the message names the file and, where it helps, the offset.</summary>
internal sealed class DocumentReadException(string fileName, string problem)
    : Exception($"{fileName}：{problem}")
{
    public string FileName { get; } = fileName;
}

internal sealed record DocumentBatch(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<DocumentReadException> Failures);
