using System.Text.RegularExpressions;
using CivilAffairsReports.Regions;

namespace CivilAffairsReports.Documents;

/// <summary>
/// Any bureau in GB/T 2260, found from how it signs: 浙江省民政局, 杭州市民政局, 杭州市西湖区民政局, 仙桃市民政局.
/// A name two regions share (西湖区 is in 杭州 and in 南昌) counts only with its parent written before it.
/// Used when the text names no Shanghai bureau, so Shanghai's documents read exactly as before.
/// </summary>
internal static partial class RegionIssuers
{
    private static readonly Lazy<Dictionary<string, Region?>> Index = new(Build);

    /// <summary>The region of the first 民政局 the text names; null when none is known or the name is ambiguous.</summary>
    public static (Region Region, string Issuer)? Find(string head)
    {
        var index = Index.Value;
        if (index.Count == 0) return null;
        foreach (Match m in BureauPattern().Matches(head.Replace(" ", "")))
        {
            var before = m.Groups["name"].Value;
            // The longest known name that ends where 民政局 begins: 杭州市西湖区 before 西湖区.
            for (var start = 0; start < before.Length - 1; start++)
                if (index.TryGetValue(before[start..], out var region))
                {
                    // Ambiguous without its parent: none, and the caller falls back to Shanghai's names.
                    return region is null ? null : (region, before[start..] + "民政局");
                }
        }
        return null;
    }

    private static Dictionary<string, Region?> Build()
    {
        RegionCatalog regions;
        try { regions = RegionCatalog.Load(); }
        catch (RegionCatalogError) { return []; } // without the region file only Shanghai's bureaus are known
        var index = new Dictionary<string, Region?>();
        void Add(string name, Region region)
        {
            if (!index.TryGetValue(name, out var existing)) { index[name] = region; return; }
            if (existing is null || existing.Code == region.Code) return;
            // 嘉峪关市 is a prefecture and its own only county: the name means the prefecture. Unrelated regions
            // sharing a name (杭州 and 南昌 both have a 西湖区) make it ambiguous.
            if (region.ParentCode == existing.Code) return;
            index[name] = existing.ParentCode == region.Code ? region : null;
        }
        foreach (var region in regions.All)
        {
            Add(region.Name, region);
            if (region.ParentCode is not null && regions.Find(region.ParentCode) is { } parent)
            {
                Add(parent.Name + region.Name, region);
                if (parent.ParentCode is not null && regions.Find(parent.ParentCode) is { } grandparent)
                    Add(grandparent.Name + parent.Name + region.Name, region);
            }
        }
        return index;
    }

    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}]{2,30}?)民政局")]
    private static partial Regex BureauPattern();
}
