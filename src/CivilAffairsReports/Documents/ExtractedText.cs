using System.Text;

namespace CivilAffairsReports.Documents;

/// <summary>One cell of a table as read from a PDF, DOCX or HTML document; offsets are into the decoded text.</summary>
internal sealed record TableCell(string Text, int Start, int End);

/// <summary>
/// A real table of a document (DOCX/HTML table, or aligned columns of a PDF page), row by row. The first row is
/// usually the header; <see cref="Caption"/> is the text just above the table (附件 … 任务指标分解表).
/// </summary>
internal sealed record DocumentTable(string? Caption, IReadOnlyList<IReadOnlyList<TableCell>> Rows, int? Page)
{
    public IReadOnlyList<TableCell> Header => Rows.Count > 0 ? Rows[0] : [];
}

/// <summary>
/// What a format reader hands the normaliser: the text as read (this becomes the document's decoded text), for
/// PDFs the page of every character (1-based, length Text.Length), and the tables it found.
/// </summary>
internal sealed record ExtractedText(string Text, string FormatName, int[]? PageOfChar, IReadOnlyList<DocumentTable> Tables);

/// <summary>Builds an <see cref="ExtractedText"/> line by line, keeping pages and table cell offsets aligned with the text.</summary>
internal sealed class ExtractedTextBuilder(string formatName, bool tracksPages)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _pages = [];
    private readonly List<DocumentTable> _tables = [];
    private string? _lastLine;
    private string? _lineBeforeLast;

    public int Page { get; set; } = 1;

    public void AppendLine(string line)
    {
        Append(line);
        Append("\n");
        if (line.Trim().Length == 0) return;
        _lineBeforeLast = _lastLine;
        _lastLine = line.Trim();
    }

    /// <summary>
    /// Text that continues the line before (a PDF line wrapped by layout): the line break goes, a space stands in
    /// its place only next to a Latin letter or digit, as the normaliser would join them.
    /// </summary>
    public void ContinueLine(string line)
    {
        if (_text.Length == 0 || _text[^1] != '\n') { AppendLine(line); return; }
        _text.Length--;
        if (tracksPages) _pages.RemoveAt(_pages.Count - 1);
        var before = _text.Length > 0 ? _text[^1] : '\n';
        if (line.Length > 0 && (char.IsAsciiLetterOrDigit(before) || before == '%' || char.IsAsciiLetterOrDigit(line[0]))) Append(" ");
        Append(line);
        Append("\n");
        _lastLine = (_lastLine ?? "") + line.Trim();
    }

    /// <summary>A table, one line per row, cells separated by a tab (the normaliser turns it into a space).</summary>
    public void AppendTable(IEnumerable<IReadOnlyList<string>> rows, int? page = null)
    {
        var caption = _lastLine is null ? null
            : _lineBeforeLast is not null && _lineBeforeLast.Length <= 10 ? $"{_lineBeforeLast} {_lastLine}" : _lastLine;
        var tableRows = new List<IReadOnlyList<TableCell>>();
        foreach (var row in rows)
        {
            var cells = new List<TableCell>(row.Count);
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0) Append("\t");
                var text = row[i].Trim();
                var start = _text.Length;
                Append(text);
                cells.Add(new TableCell(text, start, _text.Length));
            }
            Append("\n");
            tableRows.Add(cells);
        }
        if (tableRows.Count > 0) _tables.Add(new DocumentTable(caption, tableRows, page));
        _lastLine = _lineBeforeLast = null;
    }

    private void Append(string s)
    {
        _text.Append(s);
        if (tracksPages) for (var i = 0; i < s.Length; i++) _pages.Add(Page);
    }

    public ExtractedText Build() => new(_text.ToString(), formatName, tracksPages ? [.. _pages] : null, _tables);
}
