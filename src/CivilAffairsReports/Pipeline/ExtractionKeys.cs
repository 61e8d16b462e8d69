using System.Security.Cryptography;
using System.Text;
using CivilAffairsReports.Analysis;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;

namespace CivilAffairsReports.Pipeline;

/// <summary>
/// The key a document is extracted under: a hash of its bytes, the program, the catalog (indicators, comparability
/// rules, GB/T 2260 regions) and the reviewed corrections that name it. A stored document whose key is the same
/// is neither extracted nor loaded again: its stored rows are what extracting it would give.
/// </summary>
internal sealed class ExtractionKeys
{
    private readonly string _shared;
    private readonly ReviewedCorrections _corrections;

    private ExtractionKeys(string shared, ReviewedCorrections corrections) => (_shared, _corrections) = (shared, corrections);

    /// <param name="catalogPath">the indicator catalog used (null: the one shipped with the program)</param>
    /// <param name="referenceFolder">the folder of the comparability rules used (null: the one shipped)</param>
    public static ExtractionKeys For(string? catalogPath, string? referenceFolder, ReviewedCorrections corrections)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Deterministic builds give the same module id for the same source: a new program re-extracts, a rebuild does not.
        hash.AppendData(typeof(ExtractionKeys).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in new[]
                 {
                     catalogPath ?? IndicatorCatalog.DefaultPath,
                     Path.Combine(referenceFolder ?? ReferenceData.DefaultFolder, ReferenceData.RulesFile),
                     Path.Combine(ReferenceData.DefaultFolder, Documents.Regions.FileName),
                 })
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            if (File.Exists(file)) hash.AppendData(File.ReadAllBytes(file));
        }
        return new ExtractionKeys(Convert.ToHexStringLower(hash.GetHashAndReset()), corrections);
    }

    public string For(string fileName, string? documentNumber, string contentHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{_shared}\n{contentHash}\n{_corrections.FingerprintFor(fileName, documentNumber, contentHash)}")));

    public string For(SourceDocument document) => For(document.FileName, document.Metadata.DocumentNumber, document.ContentHash);

    /// <summary>The stored document when it need not be read again under its current name, else null.</summary>
    public StoredDocument? Unchanged(IReadOnlyDictionary<string, StoredDocument> stored, string fileName, string contentHash) =>
        stored.TryGetValue(contentHash, out var known) && known.TextHash.Length > 0
        && known.ExtractionKey == For(fileName, known.DocumentNumber, contentHash)
            ? known with { FileName = fileName }
            : null;
}
