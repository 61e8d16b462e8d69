using System.Text;

namespace CivilAffairsReports.Documents;

/// <summary>
/// Bytes to text. Work plans arrive as UTF-8 (with or without BOM), UTF-16 and GB18030/GBK.
/// Strict: bytes valid in none of them are an error naming the byte offset, never silently replaced.
/// </summary>
internal static class DocumentDecoder
{
    static DocumentDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string EncodingName) Decode(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0) throw new DocumentReadException(fileName, "文件为空 (empty file)");
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return (Strict(fileName, new UTF8Encoding(false, true), bytes, 3), "utf-8-bom");
        if (bytes is [0xFF, 0xFE, ..]) return (Strict(fileName, new UnicodeEncoding(false, false, true), bytes, 2), "utf-16le");
        if (bytes is [0xFE, 0xFF, ..]) return (Strict(fileName, new UnicodeEncoding(true, false, true), bytes, 2), "utf-16be");
        if (LooksLikeUtf16(bytes, out var bigEndian))
            return (Strict(fileName, new UnicodeEncoding(bigEndian, false, true), bytes, 0), bigEndian ? "utf-16be" : "utf-16le");

        var utf8Error = FirstInvalid(new UTF8Encoding(false, true), bytes);
        if (utf8Error < 0) return (new UTF8Encoding(false, true).GetString(bytes), "utf-8");

        var gb18030 = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var gbError = FirstInvalid(gb18030, bytes);
        if (gbError < 0) return (gb18030.GetString(bytes), "gb18030");

        throw new DocumentReadException(fileName,
            $"无法识别的文字编码：第 {Math.Max(utf8Error, gbError)} 字节处既不是 UTF-8 也不是 GB18030 " +
            "(bytes valid in neither UTF-8 nor GB18030; save the file as UTF-8 and run again)");
    }

    private static string Strict(string fileName, Encoding encoding, byte[] bytes, int skip)
    {
        try { return encoding.GetString(bytes, skip, bytes.Length - skip); }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(fileName, $"{encoding.WebName} 编码错误，第 {skip + Math.Max(e.Index, 0)} 字节 (invalid {encoding.WebName} bytes)");
        }
    }

    /// <summary>The byte offset of the first byte the encoding rejects, or -1 when all decode.</summary>
    private static int FirstInvalid(Encoding encoding, byte[] bytes)
    {
        try { encoding.GetCharCount(bytes); return -1; }
        catch (DecoderFallbackException e) { return Math.Max(e.Index, 0); }
    }

    /// <summary>
    /// BOM-less UTF-16: UTF-8 and GB18030 text has no NUL bytes, UTF-16 has one for every ASCII character (in the
    /// high byte's column) and a few for characters such as 一 (U+4E00, in the other column). So: NULs present
    /// and clearly skewed to one column.
    /// </summary>
    private static bool LooksLikeUtf16(byte[] bytes, out bool bigEndian)
    {
        int evenZeros = 0, oddZeros = 0, pairs = Math.Min(bytes.Length / 2, 65536);
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenZeros++;
            if (bytes[2 * i + 1] == 0) oddZeros++;
        }
        bigEndian = evenZeros > oddZeros;
        int most = Math.Max(evenZeros, oddZeros), least = Math.Min(evenZeros, oddZeros);
        return bytes.Length % 2 == 0 && pairs >= 2 && most >= Math.Max(1, pairs / 100) && most >= 3 * least + 1;
    }
}
