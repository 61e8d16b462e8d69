using CivilAffairsReports.Regions;
namespace CivilAffairsReports.Corpus;

/// <summary>
/// Goals top-down: a province's goal for an indicator is drawn, then split among its children in known parts
/// (weights drawn per child, remainders to the largest fractions, so the parts add up exactly), and each
/// child's part among its own children. Every value depends only on (seed, region, indicator, year), so a
/// region's figures are the same whatever the corpus size.
/// </summary>
internal sealed class GoalAllocation(RegionCatalog regions, int seed)
{
    private readonly Dictionary<(string Code, string Indicator, string Salt), int> goals = new();
    private readonly Dictionary<string, int> leafCounts = new();

    /// <summary>The region's goal (salt "target") or result (salt "actual") for an additive indicator.</summary>
    public int Goal(Region region, CorpusIndicator indicator, string salt)
    {
        if (goals.TryGetValue((region.Code, indicator.Id, salt), out var known)) return known;
        if (region.ParentCode is null || regions.Find(region.ParentCode) is not { } parent)
        {
            var value = TopGoal(region, indicator, salt);
            goals[(region.Code, indicator.Id, salt)] = value;
            return value;
        }
        var parentGoal = Goal(parent, indicator, salt);
        var siblings = regions.ChildrenOf(parent.Code).Where(r => Applies(r, indicator)).ToList();
        var parts = Split(parentGoal, siblings, indicator, salt);
        for (var i = 0; i < siblings.Count; i++) goals[(siblings[i].Code, indicator.Id, salt)] = parts[i];
        return goals.GetValueOrDefault((region.Code, indicator.Id, salt));
    }

    /// <summary>A rate is each region's own (持证率 85%), never shared.</summary>
    public int Rate(Region region, CorpusIndicator indicator, string salt)
    {
        var random = Rng.For(seed, region.Code, indicator.Id, salt);
        return random.Next(indicator.CountyMin, indicator.CountyMax + 1);
    }

    /// <summary>Rural indicators (乡村长者照护之家) only where there are rural towns: counties named 县/旗, their parents.</summary>
    public bool Applies(Region region, CorpusIndicator indicator)
    {
        if (!indicator.RuralOnly) return true;
        var children = regions.ChildrenOf(region.Code);
        if (children.Count > 0) return children.Any(c => Applies(c, indicator));
        return region.Level != Region.County || region.Name.EndsWith('县') || region.Name.EndsWith('旗');
    }

    private int TopGoal(Region region, CorpusIndicator indicator, string salt)
    {
        var random = Rng.For(seed, region.Code, indicator.Id, salt);
        var perCounty = random.Next(indicator.CountyMin, indicator.CountyMax + 1);
        var raw = (long)perCounty * Math.Max(1, LeafCount(region));
        // Top goals are round, as plans state them: two significant figures (3.4 万, 2,800).
        var magnitude = (long)Math.Pow(10, Math.Max(0, (int)Math.Floor(Math.Log10(raw)) - 1));
        return (int)Math.Max(1, raw / magnitude * magnitude);
    }

    private int LeafCount(Region region)
    {
        if (leafCounts.TryGetValue(region.Code, out var n)) return n;
        var children = regions.ChildrenOf(region.Code);
        n = children.Count == 0 ? 1 : children.Sum(LeafCount);
        leafCounts[region.Code] = n;
        return n;
    }

    private int[] Split(int total, List<Region> children, CorpusIndicator indicator, string salt)
    {
        if (children.Count == 0) return [];
        var weights = children.Select(c =>
        {
            var random = Rng.For(seed, c.Code, indicator.Id, salt + "/weight");
            // Bigger subtrees carry bigger parts; the draw keeps them from being equal.
            return LeafCount(c) * (0.5 + random.NextDouble());
        }).ToArray();
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var remainder = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(remainder))
            parts[i]++;
        return parts;
    }
}

/// <summary>Deterministic random numbers keyed by text: the same key gives the same draws on every machine.</summary>
internal static class Rng
{
    public static Random For(int seed, params string[] keys)
    {
        // FNV-1a over the keys: string.GetHashCode is randomised per process, this is not.
        var hash = 2166136261u ^ (uint)seed;
        foreach (var key in keys)
        {
            foreach (var c in key) { hash ^= c; hash *= 16777619u; }
            hash ^= 0x1F; hash *= 16777619u;
        }
        return new Random((int)(hash & 0x7FFFFFFF));
    }
}
