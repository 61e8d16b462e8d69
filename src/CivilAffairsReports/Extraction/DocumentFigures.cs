using CivilAffairsReports.Documents;

namespace CivilAffairsReports.Extraction;

/// <summary>
/// One row of data/targets.csv: a figure with the document it came from. Offsets are into the decoded text
/// (the file as read), so a reader can find the clause in the original whatever normalisation did.
/// </summary>
internal sealed record TargetRow(
    string Document,
    string Issuer,
    string? District,
    string Level,
    string? DocumentNumber,
    int Year,
    string Kind,
    string IndicatorId,
    string Indicator,
    decimal Value,
    decimal? ValueMax,
    string Unit,
    string Measure,
    string? Qualifier,
    string Evidence,
    int Start,
    int End,
    string? Review = null,
    string? Flag = null); // 待编目 (indicator not in the catalog) and/or 待确认 (document metadata inferred)

/// <summary>The extraction stage's output for one document: figures and skipped numbers, offsets in decoded text.</summary>
internal sealed record DocumentExtraction(SourceDocument Document, IReadOnlyList<ExtractedFigure> Figures, IReadOnlyList<SkippedNumber> Skipped)
{
    public static DocumentExtraction Run(TargetExtractor extractor, SourceDocument document)
    {
        // A text that names no year at all is still read; its metadata says 待确认 and a reviewer sets the year.
        var year = document.Metadata.Year ?? document.Metadata.IssueDate?.Year ?? DateTime.Today.Year;
        var result = extractor.Extract(document.Normalized.Text, year);
        var map = document.Normalized.DecodedOffsets;
        var figures = result.Figures.Select(f => f with
        {
            EvidenceStart = map[f.EvidenceStart], EvidenceEnd = map[f.EvidenceEnd],
            ValueStart = map[f.ValueStart], ValueEnd = map[f.ValueEnd],
        }).ToList();
        var skipped = result.Skipped.Select(s => s with { Start = map[s.Start], End = map[s.End] }).ToList();
        return new DocumentExtraction(document, figures, skipped);
    }

    public IEnumerable<TargetRow> Rows() => Figures.Select(f => new TargetRow(
        Document.FileName, Document.Metadata.Issuer, Document.Metadata.District, Document.Metadata.Level,
        Document.Metadata.DocumentNumber, f.Year, f.Kind, f.Indicator.Id, f.Indicator.Name,
        f.Value, f.ValueMax, f.Unit, f.Measure, f.Qualifier, f.Evidence, f.EvidenceStart, f.EvidenceEnd, f.Review, Flag(f)));

    private string? Flag(ExtractedFigure f)
    {
        string[] flags = [.. f.IsUncatalogued ? [FigureFlags.Uncatalogued] : Array.Empty<string>(),
                          .. Document.Metadata.Unconfirmed is null ? Array.Empty<string>() : [FigureFlags.Unconfirmed]];
        return flags.Length == 0 ? null : string.Join("；", flags);
    }
}
