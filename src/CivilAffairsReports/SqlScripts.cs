using System.Reflection;
using System.Text.RegularExpressions;

namespace CivilAffairsReports;

/// <summary>
/// The one place SQL text comes from: .sql files embedded in this assembly (Warehouse/Sql, Analysis/Sql).
/// A file is either a script run whole (schema.sql) or a set of statements each opened by "-- name: x".
/// Values are never spliced into this text; they are bound as parameters.
/// </summary>
internal static partial class SqlScripts
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Files = new();

    public static string Load(string fileName) => Files.GetOrAdd(fileName, Read);

    private static string Read(string fileName)
    {
        var resource = "sql/" + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"SQL script '{fileName}' is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string Statement(string fileName, string name)
    {
        var parts = NameMarker().Split(Load(fileName));
        for (var i = 1; i + 1 < parts.Length; i += 2)
            if (parts[i] == name) return parts[i + 1].Trim();
        throw new InvalidOperationException($"SQL statement '{name}' not found in {fileName}");
    }

    [GeneratedRegex(@"^--\s*name:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex NameMarker();
}
