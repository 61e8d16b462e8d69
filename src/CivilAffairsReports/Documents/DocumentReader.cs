using System.Security.Cryptography;

namespace CivilAffairsReports.Documents;

/// <summary>The documents stage: files to <see cref="SourceDocument"/>s. One unreadable file never stops the others.</summary>
internal static class DocumentReader
{
    public static SourceDocument Read(string path)
    {
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(fileName, $"无法打开文件：{e.Message}");
        }
        var (decoded, encoding) = DocumentDecoder.Decode(fileName, bytes);
        var normalized = TextNormalizer.Normalize(decoded);
        if (normalized.Text.Length == 0) throw new DocumentReadException(fileName, "文件没有文字内容 (no text)");
        var metadata = DocumentMetadataReader.Read(fileName, normalized.Text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SourceDocument(fileName, hash, encoding, decoded, normalized, metadata);
    }

    /// <summary>Every *.txt in the folder, in name order; failures are collected, not thrown.</summary>
    public static DocumentBatch ReadDirectory(string folder)
    {
        var documents = new List<SourceDocument>();
        var failures = new List<DocumentReadException>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            try { documents.Add(Read(path)); }
            catch (DocumentReadException e) { failures.Add(e); }
        }
        return new DocumentBatch(documents, failures);
    }
}
