using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CivilAffairsReports.Analysis;

namespace CivilAffairsReports.Reporting.Charts;

/// <summary>
/// A parent's charts drawn for the published edition from the same rows are taken from it, not drawn again: drawing
/// is mostly ScottPlot's SVG text, 44 of the 60 s a rerun with one document changed spent writing pages at 3,000
/// documents. Each chart folder keeps <see cref="RecordFile"/>: a digest of everything the charts are drawn from
/// (the rows they read, the parent's wording, the face, this program's and ScottPlot's builds) and each chart's id,
/// title and size. Any difference, or a file missing or unreadable, and the charts are drawn.
/// </summary>
internal static class ChartReuse
{
    public const string RecordFile = "charts.json";

    private sealed record ChartEntry(string Id, string Title, int Width, int Height);

    private sealed record Record(string DrawnFrom, IReadOnlyList<ChartEntry> Charts);

    private static readonly string Builds =
        typeof(ChartReuse).Assembly.ManifestModule.ModuleVersionId + "/" + typeof(ScottPlot.Plot).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>
    /// The charts of one parent's rows: from <paramref name="publishedFolder"/> when drawn there from the same, else drawn;
    /// and the digest of what they are drawn from, for <see cref="WriteRecord"/>.
    /// </summary>
    public static (IReadOnlyList<ChartSpec> Charts, string DrawnFrom) Draw(AnalysisResult analysis, string? publishedFolder)
    {
        var drawnFrom = Digest(analysis);
        return ((publishedFolder is null ? null : Read(publishedFolder, drawnFrom)) ?? ChartFactory.All(analysis), drawnFrom);
    }

    /// <summary>Writes the record beside the chart files, so that the next edition can take them.</summary>
    public static void WriteRecord(string folder, string drawnFrom, IReadOnlyList<ChartSpec> charts) =>
        File.WriteAllText(Path.Combine(folder, RecordFile), JsonSerializer.Serialize(
            new Record(drawnFrom, charts.Select(c => new ChartEntry(c.Id, c.Title, c.Width, c.Height)).ToList())), Encoding.UTF8);

    private static IReadOnlyList<ChartSpec>? Read(string folder, string drawnFrom)
    {
        try
        {
            var record = JsonSerializer.Deserialize<Record>(File.ReadAllText(Path.Combine(folder, RecordFile)));
            if (record is null || record.DrawnFrom != drawnFrom) return null;
            return record.Charts.Select(c => new ChartSpec(c.Id, c.Title, c.Width, c.Height,
                File.ReadAllText(Path.Combine(folder, c.Id + ".svg")),
                Task.FromResult(File.ReadAllBytes(Path.Combine(folder, c.Id + ".png"))))).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null; // not there or not readable: drawn again
        }
    }

    /// <summary>What <see cref="ChartFactory"/> reads, serialised; any change in it may change a chart.</summary>
    private static string Digest(AnalysisResult a)
    {
        var inputs = JsonSerializer.SerializeToUtf8Bytes(new
        {
            a.Shares, a.Coverage, a.Rates, a.Cells, a.YearOnYear, a.Regions, a.Progress,
            Words = ChartFactory.Words(a), Face = ChartFont.Family, Builds,
        });
        return Convert.ToHexStringLower(SHA256.HashData(inputs));
    }
}
