namespace CivilAffairsReports.Documents;

/// <summary>One GB/T 2260 region: a province, prefecture or county, with the region whose goals it shares.</summary>
internal sealed record Region(string Code, string Name, string? ParentCode, string Level)
{
    // Province-level municipalities plan like cities: their districts' figures are compared against them.
    private static readonly HashSet<string> Municipalities = ["110000", "120000", "310000", "500000"];

    /// <summary>The document level the warehouse compares on: district (county level) against municipal (its parent).</summary>
    public string DocumentLevel => Level switch
    {
        "county" => "district",
        "prefecture" => "municipal",
        _ => Municipalities.Contains(Code) ? "municipal" : "provincial",
    };

    /// <summary>青浦区 → 青浦, 浦东新区 → 浦东, 杭州市 → 杭州, 浙江省 → 浙江; names of two characters stay whole (城区, 郊区).</summary>
    public string ShortName => Regions.Shorten(Name);
}

/// <summary>
/// Every Chinese province, prefecture and county by its GB/T 2260 code (catalog/regions-gb2260.tsv, shipped beside
/// the binaries like the indicator catalog). A parent is read from the codes, never assumed to be Shanghai.
/// </summary>
internal static class Regions
{
    public const string FileName = "regions-gb2260.tsv";

    private static readonly Lazy<Table> Loaded = new(() => Load(Path.Combine(AppContext.BaseDirectory, "catalog", FileName)));

    public static IReadOnlyList<Region> All => Loaded.Value.All;

    public static Region? ByCode(string? code) => code is not null && Loaded.Value.ByCode.TryGetValue(code, out var r) ? r : null;

    public static Region? Parent(Region region) => ByCode(region.ParentCode);

    public static IEnumerable<Region> Children(string code) => Loaded.Value.All.Where(r => r.ParentCode == code);

    /// <summary>Regions with this full or short name (鼓楼区 is four counties; 西湖区 two).</summary>
    public static IReadOnlyList<Region> Named(string name) =>
        Loaded.Value.ByName.TryGetValue(name, out var full) ? full
        : Loaded.Value.ByShortName.TryGetValue(name, out var shortened) ? shortened
        : [];

    /// <summary>
    /// The region a name means in a text: the only one of that name, else the one whose parent or grandparent is
    /// named in the same text (a 西湖区 in a text naming 杭州 is 330106). Null when the text cannot tell.
    /// </summary>
    public static Region? Resolve(string name, string context)
    {
        var candidates = Named(name);
        if (candidates.Count == 1) return candidates[0];
        var named = candidates.Where(c => Ancestors(c).Any(a => context.Contains(a.Name, StringComparison.Ordinal)
                                                               || (a.ShortName.Length >= 2 && context.Contains(a.ShortName, StringComparison.Ordinal))))
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    public static IEnumerable<Region> Ancestors(Region region)
    {
        for (var p = Parent(region); p is not null; p = Parent(p)) yield return p;
    }

    /// <summary>Full region names in a text, left to right, longest first at each position (ambiguous ones included).</summary>
    public static IEnumerable<(string Name, int Index)> NamesIn(string text)
    {
        var table = Loaded.Value;
        for (var i = 0; i < text.Length; i++)
        {
            for (var length = Math.Min(table.LongestName, text.Length - i); length >= 2; length--)
            {
                var candidate = text.Substring(i, length);
                if (!table.ByName.ContainsKey(candidate)) continue;
                yield return (candidate, i);
                i += length - 1;
                break;
            }
        }
    }

    internal static string Shorten(string name)
    {
        foreach (var suffix in Suffixes)
            if (name.Length - suffix.Length >= 2 && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }

    // Longest first: 自治县 before 县, 新区 before 区.
    private static readonly string[] Suffixes = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "新区", "地区", "林区", "矿区", "省", "市", "区", "县", "盟", "旗"];

    private sealed record Table(IReadOnlyList<Region> All, Dictionary<string, Region> ByCode,
        Dictionary<string, List<Region>> ByName, Dictionary<string, List<Region>> ByShortName, int LongestName);

    private static Table Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"行政区划代码文件不存在: {path} (GB/T 2260 region codes not found)", path);
        var all = new List<Region>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("code\t", StringComparison.Ordinal)) continue;
            var fields = line.Split('\t');
            if (fields.Length < 4) throw new InvalidDataException($"{path} 第 {lineNumber} 行: 需要 code, name, parent_code, level 四列");
            // 东莞市, 中山市, 儋州市 have no counties and are listed a second time as their own county: keep one row per code.
            if (fields[2] == fields[0]) continue;
            all.Add(new Region(fields[0], fields[1], fields[2].Length == 0 ? null : fields[2], fields[3]));
        }
        var byName = all.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.ToList());
        var byShort = all.Where(r => r.ShortName != r.Name).GroupBy(r => r.ShortName).ToDictionary(g => g.Key, g => g.ToList());
        return new Table(all, all.ToDictionary(r => r.Code), byName, byShort, all.Max(r => r.Name.Length));
    }
}
