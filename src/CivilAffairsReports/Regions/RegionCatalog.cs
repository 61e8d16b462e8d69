namespace CivilAffairsReports.Regions;

/// <summary>One GB/T 2260 region: its code, name, the region whose goals it shares, and its level.</summary>
internal sealed record Region(string Code, string Name, string? ParentCode, string Level)
{
    public const string Province = "province";
    public const string Prefecture = "prefecture";
    public const string County = "county";

    /// <summary>The two-digit province prefix of the code (31 for Shanghai).</summary>
    public string ProvinceCode => Code[..2] + "0000";
}

/// <summary>
/// catalog/regions-gb2260.tsv: code, name, parent_code, level. Parents are known from this file, never
/// from a list of one city's districts; municipalities are parents of their districts.
/// </summary>
internal sealed class RegionCatalog
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "catalog", "regions-gb2260.tsv");

    private readonly Dictionary<string, Region> byCode;
    private readonly Dictionary<string, List<Region>> children;

    public IReadOnlyList<Region> All { get; }

    private RegionCatalog(List<Region> regions)
    {
        All = regions;
        byCode = new Dictionary<string, Region>();
        foreach (var region in regions)
            if (!byCode.TryAdd(region.Code, region)) throw new RegionCatalogError($"行政区划代码 {region.Code} 出现了两次");
        children = regions.Where(r => r.ParentCode is not null)
            .GroupBy(r => r.ParentCode!)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Code, StringComparer.Ordinal).ToList());
    }

    public Region? Find(string code) => byCode.GetValueOrDefault(code);

    public IReadOnlyList<Region> ChildrenOf(string code) => children.TryGetValue(code, out var list) ? list : [];

    public IEnumerable<Region> Provinces => All.Where(r => r.Level == Region.Province).OrderBy(r => r.Code, StringComparer.Ordinal);

    public static RegionCatalog Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path)) throw new RegionCatalogError($"找不到行政区划代码文件：{path}");
        return Parse(File.ReadAllLines(path), Path.GetFileName(path));
    }

    public static RegionCatalog Parse(IEnumerable<string> lines, string sourceName)
    {
        var regions = new List<Region>();
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("code\t", StringComparison.Ordinal)) continue;
            var fields = line.Split('\t');
            if (fields.Length != 4 || fields[0].Length != 6 || !fields[0].All(char.IsAsciiDigit)
                || fields[3] is not (Region.Province or Region.Prefecture or Region.County))
                throw new RegionCatalogError($"{sourceName} 第 {lineNumber} 行格式不对：应为“代码<TAB>名称<TAB>上级代码<TAB>级别”");
            // Prefecture-level cities without counties (东莞, 中山, 儋州) are listed again as their own county: one region.
            if (fields[2] == fields[0]) continue;
            regions.Add(new Region(fields[0], fields[1], fields[2].Length == 0 ? null : fields[2], fields[3]));
        }
        return new RegionCatalog(regions);
    }
}

/// <summary>The region file is missing or malformed; the message names the file and the line.</summary>
internal sealed class RegionCatalogError(string message) : Exception(message);
