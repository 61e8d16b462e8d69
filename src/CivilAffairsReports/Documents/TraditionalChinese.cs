using System.Buffers;
using System.Runtime.InteropServices;

namespace CivilAffairsReports.Documents;

/// <summary>
/// Texts reposted by mirror sites come in traditional characters (養老服務, 縣民政局, 萬元); the catalog and the rules
/// read simplified ones. The mapping is ICU's Traditional-Simplified transliterator, from the ICU library the
/// system already has (.NET itself uses it for globalisation): libicui18n on Linux, libicucore on macOS, icu.dll on
/// Windows 10 and later. Characters are mapped one by one, so every character keeps its offset in the decoded text.
/// Where ICU or its transliteration data is missing, the text is read as it is.
/// </summary>
internal static unsafe class TraditionalChinese
{
    // Characters that only a traditional text writes (their simplified forms are what a simplified text has).
    private static readonly SearchValues<char> TraditionalOnly = SearchValues.Create(
        "們個這會為發與實國區縣務養補貼進關機構設項萬億張戶對東車產業從開門問時現後幾歲員費準過還農經濟議頭興報證辦轉隊應導殘幫達衛醫療護");

    // A few traditional characters can be a simplified text's quotation or name; a text in traditional characters has many.
    private const int TraditionalCharactersNeeded = 8;

    private static readonly Lazy<Icu?> Library = new(Icu.Load);
    private static readonly Lock TransliteratorLock = new();

    /// <summary>The simplified character for each traditional one of a text written in traditional characters, or null.</summary>
    public static Dictionary<char, char>? SimplifiedFor(string text)
    {
        var traditional = 0;
        var span = text.AsSpan();
        for (int at; (at = span.IndexOfAny(TraditionalOnly)) >= 0; span = span[(at + 1)..])
            if (++traditional >= TraditionalCharactersNeeded) break;
        if (traditional < TraditionalCharactersNeeded || Library.Value is not { } icu) return null;

        // Each distinct ideograph on a line of its own, so that ICU's phrase rules never join two of them.
        var ideographs = text.Where(c => c is >= '\u3400' and <= '\u9FFF').Distinct().ToArray();
        var lines = icu.Transliterate(string.Join('\n', ideographs))?.Split('\n');
        if (lines is null || lines.Length != ideographs.Length) return null;
        var map = new Dictionary<char, char>();
        for (var i = 0; i < ideographs.Length; i++)
            if (lines[i] is [var simplified] && simplified != ideographs[i]) map[ideographs[i]] = simplified;
        return map;
    }

    private sealed class Icu(nint transliterator, delegate* unmanaged<nint, char*, int*, int, int, int*, int*, void> transUChars)
    {
        private const int BufferIsTooSmall = 15; // U_BUFFER_OVERFLOW_ERROR

        public string? Transliterate(string text)
        {
            var buffer = new char[text.Length * 2 + 16];
            text.CopyTo(buffer);
            int length = text.Length, limit = text.Length, status = 0;
            lock (TransliteratorLock)
                fixed (char* chars = buffer)
                    transUChars(transliterator, chars, &length, buffer.Length, 0, &limit, &status);
            // Warnings are negative, errors positive.
            return status > 0 || status == BufferIsTooSmall ? null : new string(buffer, 0, length);
        }

        public static Icu? Load()
        {
            foreach (var (name, suffix) in Candidates())
            {
                if (!NativeLibrary.TryLoad(name, out var handle)) continue;
                if (!NativeLibrary.TryGetExport(handle, "utrans_openU" + suffix, out var open)
                    || !NativeLibrary.TryGetExport(handle, "utrans_transUChars" + suffix, out var trans)) continue;
                var openU = (delegate* unmanaged<char*, int, int, char*, int, nint, int*, nint>)open;
                const string id = "Traditional-Simplified";
                int status = 0;
                nint transliterator;
                fixed (char* idChars = id)
                    transliterator = openU(idChars, id.Length, 0, null, 0, 0, &status);
                if (status <= 0 && transliterator != 0)
                    return new Icu(transliterator, (delegate* unmanaged<nint, char*, int*, int, int, int*, int*, void>)trans);
            }
            return null;
        }

        /// <summary>ICU's C functions carry the library's major version as a suffix on Linux (utrans_openU_72), not elsewhere.</summary>
        private static IEnumerable<(string Library, string Suffix)> Candidates()
        {
            if (OperatingSystem.IsWindows())
            {
                yield return ("icu.dll", "");
                yield break;
            }
            if (OperatingSystem.IsMacOS())
            {
                yield return ("/usr/lib/libicucore.dylib", "");
                yield break;
            }
            for (var version = 90; version >= 50; version--)
                yield return ($"libicui18n.so.{version}", $"_{version}");
        }
    }
}
