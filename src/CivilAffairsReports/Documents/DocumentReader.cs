using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CivilAffairsReports.Documents;

/// <summary>
/// The documents stage: files to <see cref="SourceDocument"/>s, whatever their format (judged by content: PDF, DOCX,
/// DOC/WPS/RTF through LibreOffice, saved web pages, plain text). One unreadable file never stops the others.
/// </summary>
internal static partial class DocumentReader
{
    public static SourceDocument Read(string path)
    {
        var fileName = Path.GetFileName(path);
        return Read(fileName, ReadBytes(path, fileName));
    }

    public static SourceDocument Read(string fileName, byte[] bytes, string? contentHash = null)
    {
        if (bytes.Length == 0) throw new DocumentReadException(fileName, "文件为空 (empty file)");
        var format = DocumentFormats.Detect(fileName, bytes);
        var (extracted, encoding) = Extract(fileName, bytes, format);
        var normalized = TextNormalizer.Normalize(extracted.Text);
        if (normalized.Text.Length == 0)
            throw new DocumentReadException(fileName, format == InputFormat.Html ? "网页中没有正文文字 (no article text)" : "文件没有文字内容 (no text)");
        var metadata = DocumentMetadataReader.Read(fileName, normalized.Text);
        var hash = contentHash ?? Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SourceDocument(fileName, hash, encoding, extracted.Text, normalized, metadata, format, extracted.PageOfChar, extracted.Tables);
    }

    private static (ExtractedText Text, string Encoding) Extract(string fileName, byte[] bytes, InputFormat format)
    {
        switch (format)
        {
            case InputFormat.Pdf: return (PdfTextReader.Read(fileName, bytes), "pdf");
            case InputFormat.Docx: return (DocxTextReader.Read(fileName, bytes), "docx");
            case InputFormat.Doc or InputFormat.Wps or InputFormat.Rtf:
                var converted = OfficeConverter.Read(fileName, bytes, format);
                return (converted, converted.FormatName);
            case InputFormat.Html:
                var (html, htmlEncoding) = DocumentDecoder.Decode(fileName, bytes);
                return (HtmlTextReader.Read(fileName, html), $"html ({htmlEncoding})");
            default:
                var (decoded, encoding) = DocumentDecoder.Decode(fileName, bytes);
                return (new ExtractedText(decoded, encoding, null, []), encoding);
        }
    }

    private static byte[] ReadBytes(string path, string fileName)
    {
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(fileName, $"无法打开文件：{e.Message}");
        }
    }

    /// <summary>The hash that says two documents have the same text, whatever format they came in.</summary>
    public static string TextHash(SourceDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document.Normalized.Text)));

    /// <summary>
    /// Every entry of the folder, in name order, accounted for: documents read, files skipped with the reason
    /// (not a document, unsupported type, a duplicate of another file, a link, a pipe or device, a sub-folder) and
    /// failures with the reason. Symbolic links are not followed. Files are read and normalised on every core;
    /// duplicates are then judged in name order, so the result is the same as reading one file at a time.
    /// <paramref name="stored"/>, given a file's name and content hash, returns the stored document when it need
    /// not be read again; such a file is only hashed.
    /// </summary>
    public static DocumentBatch ReadDirectory(string folder, int? maxDegreeOfParallelism = null,
        Func<string, string, StoredDocument?>? stored = null)
    {
        var files = new List<FileOutcome>();
        var toRead = new List<FileSystemInfo>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var name = entry.Name;
            if (Unreadable(entry) is { } reason) files.Add(new FileOutcome(name, FileOutcomeStatus.Skipped, null, reason));
            else toRead.Add(entry);
        }

        var slots = new (SourceDocument? Document, StoredDocument? Stored, string? TextHash, Exception? Problem)[toRead.Count];
        Parallel.For(0, toRead.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount }, i =>
        {
            var entry = toRead[i];
            try
            {
                var bytes = ReadBytes(entry.FullName, entry.Name);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
                if (stored?.Invoke(entry.Name, hash) is { } unchanged) { slots[i] = (null, unchanged, unchanged.TextHash, null); return; }
                var document = Read(entry.Name, bytes, hash);
                slots[i] = (document, null, TextHash(document), null);
            }
            catch (Exception e) when (e is DocumentSkippedException or DocumentReadException) { slots[i] = (null, null, null, e); }
        });

        var documents = new List<SourceDocument>();
        var unchangedDocuments = new List<StoredDocument>();
        var failures = new List<DocumentReadException>();
        var byHash = new Dictionary<string, string>();
        var byText = new Dictionary<string, string>();
        for (var i = 0; i < toRead.Count; i++)
        {
            var name = toRead[i].Name;
            void Skip(string reason) => files.Add(new FileOutcome(name, FileOutcomeStatus.Skipped, null, reason));
            switch (slots[i])
            {
                case { Problem: DocumentSkippedException skipped }:
                    Skip(skipped.Reason);
                    break;
                case { Problem: DocumentReadException failure }:
                    failures.Add(failure);
                    files.Add(new FileOutcome(name, FileOutcomeStatus.Failed, null, failure.Problem));
                    break;
                case { TextHash: { } textHash } slot:
                    var (contentHash, encoding) = slot.Document is { } d ? (d.ContentHash, d.Encoding) : (slot.Stored!.ContentHash, slot.Stored.Encoding);
                    if (byHash.TryGetValue(contentHash, out var original)) { Skip($"与 {original} 内容完全相同（重复文件）"); break; }
                    byHash[contentHash] = name;
                    if (byText.TryGetValue(textHash, out var sameText)) { Skip($"与 {sameText} 文字内容相同（同一文件的另一种格式）"); break; }
                    byText[textHash] = name;
                    if (slot.Document is not null) documents.Add(slot.Document);
                    else unchangedDocuments.Add(slot.Stored!);
                    files.Add(new FileOutcome(name, FileOutcomeStatus.Read, encoding, null));
                    break;
            }
        }
        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.FileName, b.FileName));
        return new DocumentBatch(documents, failures, files, unchangedDocuments);
    }

    /// <summary>Why an entry is not read at all (a link, a folder, a pipe or device, not a document), or null.</summary>
    private static string? Unreadable(FileSystemInfo entry)
    {
        if (entry.LinkTarget is not null) return $"符号链接（指向 {entry.LinkTarget}），不跟随；请放入文件本身";
        if (entry is DirectoryInfo)
            return entry.Name.EndsWith("_files", StringComparison.OrdinalIgnoreCase) ? "网页另存时附带的资源文件夹，不读取" : "文件夹：只读取输入文件夹本层的文件，不读取子文件夹";
        if (SpecialFileKind(entry.FullName) is { } special) return $"{special}，不是普通文件，不读取";
        return DocumentFormats.NotADocument(entry.Name);
    }

    /// <summary>
    /// A named pipe, device or socket: opening a FIFO would block the batch. .NET does not expose the file type,
    /// so lstat's st_mode is read where its place in struct stat is known (Linux x64/arm64, macOS).
    /// </summary>
    private static string? SpecialFileKind(string path)
    {
        int offset;
        if (OperatingSystem.IsLinux()) offset = RuntimeInformation.ProcessArchitecture switch { Architecture.X64 => 24, Architecture.Arm64 => 16, _ => -1 };
        else if (OperatingSystem.IsMacOS()) offset = 4;
        else return null;
        if (offset < 0) return null;
        var stat = new byte[256];
        if (Lstat(path, stat) != 0) return null;
        var mode = OperatingSystem.IsMacOS() ? BitConverter.ToUInt16(stat, offset) : BitConverter.ToInt32(stat, offset);
        return (mode & 0xF000) switch
        {
            0x1000 => "命名管道（FIFO）",
            0x2000 => "字符设备",
            0x6000 => "块设备",
            0xC000 => "套接字",
            _ => null,
        };
    }

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Lstat(string path, byte[] buffer);
}
