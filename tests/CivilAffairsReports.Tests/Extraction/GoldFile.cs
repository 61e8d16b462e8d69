using System.Globalization;
using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Extraction;

/// <summary>A figure as the gold file states it, built by reading the documents by hand.</summary>
internal sealed record GoldFigure(string Document, string Kind, int Year, string Indicator, decimal Value, decimal? ValueMax,
    string Unit, string Measure, string? Qualifier)
{
    public static GoldFigure From(string document, ExtractedFigure f) =>
        new(document, f.Kind, f.Year, f.Indicator.Id, f.Value, f.ValueMax, f.Unit, f.Measure, f.Qualifier);

    public override string ToString() =>
        $"{Document} {Kind} {Year} {Indicator} {Value:0.####}{(ValueMax is null ? "" : $"-{ValueMax:0.####}")} {Unit} {Measure} {Qualifier}";
}

internal static class GoldFile
{
    public static List<GoldFigure> Read(string path) => File.ReadAllLines(path).Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split(','))
        .Select(f => new GoldFigure(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), f[3],
            decimal.Parse(f[4], CultureInfo.InvariantCulture),
            f[5].Length == 0 ? null : decimal.Parse(f[5], CultureInfo.InvariantCulture),
            f[6], f[7], f[8].Length == 0 ? null : f[8]))
        .ToList();

    /// <summary>Precision and recall of found against gold, matching every field (a figure with the wrong measure is wrong).</summary>
    public static (double Precision, double Recall, List<GoldFigure> Missed, List<GoldFigure> Spurious) Score(
        IReadOnlyList<GoldFigure> gold, IReadOnlyList<GoldFigure> found)
    {
        var remaining = gold.ToList();
        var spurious = new List<GoldFigure>();
        foreach (var f in found)
            if (!remaining.Remove(f)) spurious.Add(f);
        var truePositives = found.Count - spurious.Count;
        return (found.Count == 0 ? 0 : (double)truePositives / found.Count,
                gold.Count == 0 ? 1 : (double)truePositives / gold.Count, remaining, spurious);
    }
}
