using System.Security.Cryptography;
using System.Text;
using CivilAffairsReports.Progress;
using CivilAffairsReports.Review;

namespace CivilAffairsReports.Pipeline;

/// <summary>
/// A hash of everything an edition is made from: each document's content and extraction key under its current
/// name (the program, catalog, rules and corrections are in the keys), the files that could not be read, the
/// corrections and progress settings files, the returns imported so far, the options and the day. When it is the
/// hash of the edition published now, a run has nothing to do: that edition is what it would publish.
/// </summary>
internal static class RunInputs
{
    public static string Fingerprint(BatchOptions options, IEnumerable<(string FileName, string ExtractionKey)> documents,
        IEnumerable<string> problems, long progressState, DateOnly today)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "\u2400") + "\n"));
        void AddFile(string path)
        {
            Add(path);
            if (File.Exists(path)) hash.AppendData(File.ReadAllBytes(path));
        }

        Add(typeof(RunInputs).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(Path.GetFullPath(options.ReportsFolder));
        Add(options.Edition);
        Add(options.Month);
        Add(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(progressState.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddFile(options.CorrectionsPath ?? ReviewedCorrections.DefaultPath);
        AddFile(options.ProgressSettingsPath ?? ProgressSettings.DefaultPath);
        foreach (var (fileName, key) in documents.OrderBy(d => d.FileName, StringComparer.Ordinal)) Add($"{fileName}\t{key}");
        foreach (var problem in problems.Order(StringComparer.Ordinal)) Add(problem);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
