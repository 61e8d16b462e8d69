using System.IO.Compression;
using System.Text;

namespace CivilAffairsReports.Documents;

internal enum InputFormat { PlainText, Html, Pdf, Docx, Doc, Wps, Rtf }

/// <summary>What a file is, judged by its first bytes; the extension only breaks ties the bytes leave open.</summary>
internal static class DocumentFormats
{
    /// <summary>Files a batch passes over without reading: a reason, or null when the file is worth reading.</summary>
    public static string? NotADocument(string fileName)
    {
        if (fileName.StartsWith("~$", StringComparison.Ordinal)) return "Word/WPS 打开文件时留下的临时锁文件，不是文件正文";
        if (fileName.StartsWith('.')) return "隐藏文件";
        if (fileName is "Thumbs.db" or "desktop.ini") return "系统文件";
        return null;
    }

    /// <summary>The format, or throws a <see cref="DocumentSkippedException"/> naming what the file is instead.</summary>
    public static InputFormat Detect(string fileName, byte[] bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (StartsWith(bytes, "%PDF-") || IndexOf(bytes, "%PDF-"u8, 1024) >= 0) return InputFormat.Pdf;
        if (bytes is [0x50, 0x4B, 0x03, 0x04, ..]) return Zip(fileName, bytes);
        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..]) return CompoundFile(fileName, bytes, extension);
        if (StartsWith(bytes, "{\\rtf")) return InputFormat.Rtf;
        if (Picture(bytes) is { } picture)
            throw new DocumentSkippedException(fileName, $"不支持的文件类型：{picture}图片（如是扫描件，请先做文字识别 OCR）");
        if (bytes is [0x1F, 0x8B, ..] or [0x52, 0x61, 0x72, 0x21, ..] or [0x37, 0x7A, 0xBC, 0xAF, ..])
            throw new DocumentSkippedException(fileName, "不支持的文件类型：压缩包，请解压后放入输入文件夹");
        if (extension is ".csv" or ".xls" or ".xlsx" or ".json" or ".yaml" or ".yml" or ".xml" or ".md" or ".log" or ".ini" or ".lnk" or ".exe" or ".dll")
            throw new DocumentSkippedException(fileName, $"不支持的文件类型（{extension}），不是公文");
        if (extension is ".mht" or ".mhtml")
            throw new DocumentSkippedException(fileName, "不支持的文件类型：单文件网页（.mhtml），请在浏览器中“另存为 → 网页，仅 HTML”后放入");
        if (LooksLikeHtml(bytes)) return InputFormat.Html;
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 4096)).Contains((byte)0) && !LooksLikeUtf16Text(bytes))
            throw new DocumentSkippedException(fileName, $"不支持的文件类型（{(extension.Length > 0 ? extension : "无扩展名")}）：二进制文件，不是文字文件");
        return InputFormat.PlainText;
    }

    private static InputFormat Zip(string fileName, byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml")) return InputFormat.Docx;
            if (names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
                throw new DocumentSkippedException(fileName, "不支持的文件类型：Excel 表格（.xlsx），不是公文");
            if (names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)))
                throw new DocumentSkippedException(fileName, "不支持的文件类型：演示文稿（.pptx），不是公文");
            if (names.Contains("content.xml") && names.Contains("mimetype"))
                throw new DocumentSkippedException(fileName, "不支持的文件类型：ODF 文档，请另存为 .docx 后放入");
        }
        catch (InvalidDataException) { }
        throw new DocumentSkippedException(fileName, "不支持的文件类型：压缩包，请解压后放入输入文件夹");
    }

    /// <summary>An OLE compound file: Word 97–2003 (.doc), WPS, or an Excel/PowerPoint file that is not a document.</summary>
    private static InputFormat CompoundFile(string fileName, byte[] bytes, string extension)
    {
        if (extension is ".wps" or ".wpt") return InputFormat.Wps;
        if (IndexOf(bytes, Encoding.Unicode.GetBytes("WordDocument"), bytes.Length) >= 0) return InputFormat.Doc;
        if (IndexOf(bytes, Encoding.Unicode.GetBytes("Workbook"), bytes.Length) >= 0)
            throw new DocumentSkippedException(fileName, "不支持的文件类型：Excel 表格（.xls），不是公文");
        if (IndexOf(bytes, Encoding.Unicode.GetBytes("PowerPoint Document"), bytes.Length) >= 0)
            throw new DocumentSkippedException(fileName, "不支持的文件类型：演示文稿（.ppt），不是公文");
        if (extension is ".doc" or ".dot") return InputFormat.Doc;
        throw new DocumentSkippedException(fileName, "不支持的文件类型：无法识别的 Office 文件");
    }

    private static string? Picture(byte[] b) => b switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => "PNG ",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG ",
        [0x47, 0x49, 0x46, 0x38, ..] => "GIF ",
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => "TIFF ",
        [0x42, 0x4D, ..] when b.Length > 14 && BitConverter.ToInt32(b, 2) == b.Length => "BMP ",
        _ => null,
    };

    /// <summary>A page saved from a browser: a doctype or an html/head/body tag near the start, in any of the text encodings.</summary>
    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 2048) & ~1);
        var text = head is [0xFE, 0xFF, ..] || head.Length > 1 && head[0] == 0 && head[1] != 0 ? Encoding.BigEndianUnicode.GetString(head)
            : head is [0xFF, 0xFE, ..] || head.Length > 1 && head[1] == 0 && head[0] != 0 ? Encoding.Unicode.GetString(head)
            : Encoding.Latin1.GetString(head);
        var start = text.TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\r', '\n', '\t');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
               || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
               || start.StartsWith("<!--", StringComparison.Ordinal) && text.Contains("<html", StringComparison.OrdinalIgnoreCase)
               || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
               || start.StartsWith("<?xml", StringComparison.Ordinal) && text.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>UTF-16 text has NULs too; the decoder knows it by a BOM or by NULs in one column only.</summary>
    private static bool LooksLikeUtf16Text(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return true;
        int even = 0, odd = 0, pairs = Math.Min(bytes.Length / 2, 2048);
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) even++;
            if (bytes[2 * i + 1] == 0) odd++;
        }
        return bytes.Length % 2 == 0 && Math.Max(even, odd) >= 3 * Math.Min(even, odd) + 1;
    }

    private static bool StartsWith(byte[] bytes, string ascii) =>
        bytes.Length >= ascii.Length && Encoding.ASCII.GetString(bytes, 0, ascii.Length) == ascii;

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> needle, int limit) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, limit)).IndexOf(needle);
}
