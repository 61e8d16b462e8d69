using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CivilAffairsReports.Progress;

/// <summary>Status thresholds in percentage points and the review flag ratio, from config/progress.yaml.</summary>
internal sealed record ProgressSettings(double AheadPoints, double BehindPoints, decimal FlagAboveTargetRatio)
{
    public static readonly ProgressSettings Default = new(10, 10, 1.5m);
    public static string DefaultPath => Path.Combine("config", "progress.yaml");

    public static ProgressSettings Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path)) return Default;
        var raw = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties()
            .Build().Deserialize<Raw>(File.ReadAllText(path)) ?? new Raw();
        return new ProgressSettings(raw.AheadPoints ?? Default.AheadPoints, raw.BehindPoints ?? Default.BehindPoints,
            raw.FlagAboveTargetRatio ?? Default.FlagAboveTargetRatio);
    }

    private sealed class Raw
    {
        public double? AheadPoints { get; set; }
        public double? BehindPoints { get; set; }
        public decimal? FlagAboveTargetRatio { get; set; }
    }
}
