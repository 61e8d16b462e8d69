using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace CivilAffairsReports.Documents;

/// <summary>
/// A Word document's body (OpenXml SDK): one line per paragraph, one line per table row with its cells kept as a
/// <see cref="DocumentTable"/>. Headers, footers, deleted revisions and field codes are not body text.
/// </summary>
internal static class DocxTextReader
{
    public static ExtractedText Read(string fileName, byte[] bytes, string formatName = "docx")
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var body = document.MainDocumentPart?.Document?.Body
                       ?? throw new DocumentReadException(fileName, "Word 文件没有正文 (no document body)");
            var builder = new ExtractedTextBuilder(formatName, tracksPages: false);
            AppendBlocks(builder, body.ChildElements);
            return builder.Build();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new DocumentReadException(fileName, $"Word 文件无法解析（可能已损坏或加密）：{e.Message}");
        }
    }

    private static void AppendBlocks(ExtractedTextBuilder builder, IEnumerable<OpenXmlElement> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: builder.AppendLine(ParagraphText(p)); break;
                case Table t: builder.AppendTable(Rows(t)); break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content: AppendBlocks(builder, content.ChildElements); break;
                case CustomXmlBlock custom: AppendBlocks(builder, custom.ChildElements); break;
            }
        }
    }

    /// <summary>Rows of cells; a cell's paragraphs run together, a horizontally merged cell counts once.</summary>
    private static IEnumerable<IReadOnlyList<string>> Rows(Table table) =>
        table.Elements<TableRow>().Select(row => (IReadOnlyList<string>)row.Elements<WordTableCell>()
            .Select(cell => string.Join("", cell.Elements<Paragraph>().Select(ParagraphText))
                            + string.Join("", cell.Elements<Table>().SelectMany(Rows).Select(r => string.Join(" ", r))))
            .ToList());

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
            }
        }
        return text.ToString();
    }
}
