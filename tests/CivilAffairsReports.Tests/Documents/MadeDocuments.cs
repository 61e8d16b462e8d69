using System.Diagnostics;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Documents;

/// <summary>
/// Real files made the way bureaus make them: HTML printed to PDF by headless Chromium (with a running header and a
/// "— n —" page footer, as official documents carry), Word documents written with the OpenXml SDK, .doc files
/// converted from those by LibreOffice.
/// </summary>
internal static class MadeDocuments
{
    /// <summary>An HTML page laid out like a printed government document: one &lt;p&gt; per paragraph, 仿宋-sized text.</summary>
    public static string PrintableHtml(IEnumerable<string> paragraphs, string runningHeader, string extraBody = "") =>
        $$"""
        <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
        @page { size: A4; margin: 28mm 24mm 26mm;
          @top-center { content: "{{runningHeader}}"; font-size: 9pt; color: #555; }
          @bottom-center { content: "— " counter(page) " —"; font-size: 12pt; } }
        body { font-family: "Noto Serif CJK SC", serif; font-size: 15.5pt; line-height: 1.7; }
        p { margin: 0; text-indent: 2em; }
        table { border-collapse: collapse; margin: 1em 0; } td, th { border: 1px solid #000; padding: 2px 10px; font-size: 12pt; }
        </style></head><body>
        {{string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"))}}
        {{extraBody}}
        </body></html>
        """;

    public static void PrintToPdf(string html, string pdfPath)
    {
        var htmlPath = Path.ChangeExtension(pdfPath, ".print.html");
        File.WriteAllText(htmlPath, html);
        Run(Chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            $"--user-data-dir={Path.Combine(Path.GetDirectoryName(pdfPath)!, ".chromium-profile")}",
            $"--print-to-pdf={pdfPath}", new Uri(htmlPath).AbsoluteUri);
        File.Delete(htmlPath);
        if (!File.Exists(pdfPath)) throw new InvalidOperationException($"Chromium wrote no {pdfPath}");
    }

    /// <summary>A scan: the PDF's pages rendered to pictures by pdftoppm and printed again as images only.</summary>
    public static void PrintAsScan(string textPdf, string scanPdf)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(scanPdf)!, "scan-page");
        Poppler.Run("pdftoppm", "-r", "60", "-png", textPdf, prefix);
        var images = Directory.GetFiles(Path.GetDirectoryName(scanPdf)!, "scan-page*.png").Order().ToList();
        var body = string.Concat(images.Select(i => $"<img src=\"{new Uri(i).AbsoluteUri}\" style=\"width:100%;page-break-after:always\">"));
        PrintToPdf($"<!doctype html><html><head><style>@page{{margin:0}}body{{margin:0}}</style></head><body>{body}</body></html>", scanPdf);
    }

    /// <summary>A Word document: one paragraph per line, then optionally a table (first row the header).</summary>
    public static void WriteDocx(string path, IEnumerable<string> paragraphs, IReadOnlyList<string[]>? table = null, IEnumerable<string>? after = null)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body();
        foreach (var p in paragraphs) body.Append(Paragraph(p));
        if (table is not null)
        {
            var t = new Table(new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            foreach (var row in table)
                t.Append(new TableRow(row.Select(cell => new TableCell(Paragraph(cell)))));
            body.Append(t);
        }
        foreach (var p in after ?? []) body.Append(Paragraph(p));
        document.AddMainDocumentPart().Document = new Document(body);
    }

    private static Paragraph Paragraph(string text) =>
        new(new Run(new RunProperties(new RunFonts { EastAsia = "仿宋_GB2312", Ascii = "Times New Roman" }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>The LibreOffice the product uses; the build machine must have it (run.sh installs libreoffice-writer-nogui).</summary>
    public static string Soffice() =>
        new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");

    /// <summary>DOCX → .doc (Word 97–2003) with LibreOffice, as an older office would have saved it.</summary>
    public static string ConvertToDoc(string docxPath)
    {
        var folder = Path.GetDirectoryName(docxPath)!;
        Run(Soffice(), $"-env:UserInstallation={new Uri(Path.Combine(folder, ".lo-profile")).AbsoluteUri}", "--headless",
            "--convert-to", "doc:MS Word 97", "--outdir", folder, docxPath);
        var doc = Path.ChangeExtension(docxPath, ".doc");
        if (!File.Exists(doc)) throw new InvalidOperationException("LibreOffice wrote no " + doc);
        return doc;
    }

    private static string Chromium() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium)");

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {stderr.Result}");
    }
}
