using System.Buffers;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CivilAffairsReports.Extraction;

/// <summary>One indicator of the catalog (catalog/indicators.yaml).</summary>
internal sealed record Indicator(
    string Id,
    string Name,
    string Group,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Units,
    string? DefaultUnit)
{
    public bool IsRate => Units.ContainsKey("%");

    /// <summary>A figure whose thing measured is not in the catalog, named as written ("托位", "河道综合整治").</summary>
    public static Indicator Uncatalogued(string nameAsWritten) =>
        new("", nameAsWritten, "", [], new Dictionary<string, string>(), null);

    /// <summary>The canonical unit for a counter as written, or null when this indicator is not counted that way.</summary>
    public string? CanonicalUnit(string? unitWritten) =>
        string.IsNullOrEmpty(unitWritten)
            ? DefaultUnit
            : Units.TryGetValue(unitWritten, out var canonical) ? canonical : null;
}

/// <summary>A place in a text where an indicator's alias was found.</summary>
internal readonly record struct AliasHit(Indicator Indicator, int Start, int End);

internal sealed class CatalogError(string message) : Exception(message);

/// <summary>The indicator catalog: indicators kept as data that domain staff can edit.</summary>
internal sealed class IndicatorCatalog
{
    // Aliases grouped by their first two characters (every alias has two or more), longest first, so a position is
    // compared only with aliases that can start there; the catalog grew to ~60 indicators and first characters
    // (养, 社, 老) are shared by many of them.
    private readonly Dictionary<int, List<(string Alias, Indicator Indicator)>> _aliasesByFirstChars;
    private readonly Dictionary<char, List<(string Alias, Indicator Indicator)>> _singleCharAliases;
    private readonly Dictionary<string, Indicator> _byAlias;
    private readonly Dictionary<string, Indicator>.AlternateLookup<ReadOnlySpan<char>> _byAliasSpan;
    // The characters any alias starts with: a vectorised scan skips the (many) positions where none can start.
    private readonly SearchValues<char> _firstChars;

    private static int Key(char a, char b) => (a << 16) | b;

    public IReadOnlyList<Indicator> Indicators { get; }

    private IndicatorCatalog(IReadOnlyList<Indicator> indicators)
    {
        Indicators = indicators;
        var stated = indicators.SelectMany(i => i.Aliases.Where(a => a.Length > 0).Select(a => (Alias: a, Indicator: i))).ToList();
        // "城乡低保平均标准" / "特困人员基本生活平均标准": a standard averaged over places is still that standard.
        var averaged = stated.Where(p => p.Alias.EndsWith("标准", StringComparison.Ordinal) && !p.Alias.EndsWith("平均标准", StringComparison.Ordinal))
            .Select(p => (Alias: p.Alias[..^2] + "平均标准", p.Indicator))
            .Where(p => !stated.Any(s => s.Alias == p.Alias));
        var all = stated.Concat(averaged).ToList();
        _aliasesByFirstChars = all.Where(p => p.Alias.Length >= 2)
            .GroupBy(p => Key(p.Alias[0], p.Alias[1]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Alias.Length).ToList());
        _byAlias = all.GroupBy(p => p.Alias).ToDictionary(g => g.Key, g => g.First().Indicator);
        _byAliasSpan = _byAlias.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstChars = SearchValues.Create([.. all.Select(p => p.Alias[0]).Distinct()]);
        _singleCharAliases = all.Where(p => p.Alias.Length == 1)
            .GroupBy(p => p.Alias[0])
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "catalog", "indicators.yaml");

    public static IndicatorCatalog Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
            throw new CatalogError($"指标目录文件不存在: {path} (indicator catalog not found)");
        return Parse(File.ReadAllText(path), path);
    }

    public static IndicatorCatalog Parse(string yaml, string sourceName)
    {
        CatalogFile file;
        try
        {
            file = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build()
                .Deserialize<CatalogFile>(yaml) ?? new CatalogFile();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new CatalogError($"指标目录格式错误 {sourceName} 第 {e.Start.Line} 行: {e.Message}");
        }

        var indicators = new List<Indicator>();
        var seenIds = new HashSet<string>();
        var aliasOwner = new Dictionary<string, string>();
        foreach (var entry in file.Indicators)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Name))
                throw new CatalogError($"指标目录 {sourceName}: 每个指标都需要 id 和 name (an indicator lacks id or name)");
            if (!seenIds.Add(entry.Id))
                throw new CatalogError($"指标目录 {sourceName}: id 重复 '{entry.Id}'");
            if (entry.Units.Count == 0)
                throw new CatalogError($"指标目录 {sourceName}: 指标 '{entry.Id}' 没有 units");
            var aliases = entry.Aliases.Count > 0 ? entry.Aliases : [entry.Name];
            foreach (var alias in aliases)
            {
                if (aliasOwner.TryGetValue(alias, out var owner) && owner != entry.Id)
                    throw new CatalogError($"指标目录 {sourceName}: 别名 '{alias}' 同时属于 '{owner}' 和 '{entry.Id}'");
                aliasOwner[alias] = entry.Id;
            }
            indicators.Add(new Indicator(entry.Id, entry.Name, entry.Group ?? "", aliases, entry.Units, entry.DefaultUnit));
        }
        return new IndicatorCatalog(indicators);
    }

    public Indicator? Find(string id) => Indicators.FirstOrDefault(i => i.Id == id);

    /// <summary>The indicator one of whose aliases is exactly this text (救助 + 人次 = 救助人次), or null.</summary>
    public Indicator? FindByAlias(string alias) => _byAlias.GetValueOrDefault(alias);

    /// <summary>The indicator whose alias is these characters, looked up without making a string of them.</summary>
    public Indicator? FindByAlias(ReadOnlySpan<char> alias) => _byAliasSpan.TryGetValue(alias, out var indicator) ? indicator : null;

    /// <summary>The indicator whose alias is these two pieces written together (救助 + 人次), with no string made of them.</summary>
    public Indicator? FindByAlias(ReadOnlySpan<char> head, string tail)
    {
        var length = head.Length + tail.Length;
        Span<char> joined = length <= 64 ? stackalloc char[length] : new char[length];
        head.CopyTo(joined);
        tail.CopyTo(joined[head.Length..]);
        return FindByAlias(joined);
    }

    /// <summary>
    /// The indicator whose alias is the last 2–4 characters of the words and the counter written together (救助 + 人次 =
    /// 救助人次), longest first, counted in that counter; with how many characters of the words it took.
    /// </summary>
    public (Indicator Indicator, int Length)? ByEndingAndCounter(ReadOnlySpan<char> words, string counter)
    {
        for (var k = Math.Min(4, words.Length); k >= 2; k--)
            if (FindByAlias(words[^k..], counter) is { } found && found.CanonicalUnit(counter) is not null) return (found, k);
        return null;
    }

    /// <summary>
    /// The indicator a table row's name counts in its unit: the last alias in the name counted in that unit
    /// (最低生活保障人数 | 人), else the name's last word and the unit (流浪乞讨人员救助 | 人次 = 救助人次), else a roll's
    /// name and 标准 (最低生活保障平均标准 | 元 = 最低生活保障标准); null when the catalog has none.
    /// </summary>
    public Indicator? ForRowName(string name, string unit)
    {
        var hits = FindAliases(name);
        var hit = hits.LastOrDefault(a => a.Indicator.CanonicalUnit(unit) is not null);
        if (hit.Indicator is not null) return hit.Indicator;
        if (unit.Length > 0 && ByEndingAndCounter(name, unit) is { } composed) return composed.Indicator;
        return name.Contains("标准", StringComparison.Ordinal)
            ? hits.Select(a => FindByAlias(name.AsSpan(a.Start, a.End - a.Start), "标准")).FirstOrDefault(i => i?.CanonicalUnit(unit) is not null)
            : null;
    }

    /// <summary>
    /// All alias occurrences, left to right, longest alias first at each position, never overlapping; a longer alias that starts
    /// inside a match and runs past it wins (城市特困人员基本生活标准: the standard, not 城市特困人员).
    /// </summary>
    public IReadOnlyList<AliasHit> FindAliases(string text)
    {
        var hits = new List<AliasHit>(text.Length / 16 + 8); // sized once, near the usual density of names
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(_firstChars);
            if (next < 0) break;
            position += next;
            if (LongestAt(text, position) is not { } match) { position++; continue; }
            var overtaken = false;
            for (var inner = position + 1; inner < position + match.Alias.Length; inner++)
                if (LongestAt(text, inner) is { } longer && longer.Alias.Length > match.Alias.Length && inner + longer.Alias.Length > position + match.Alias.Length)
                {
                    position = inner;
                    overtaken = true;
                    break;
                }
            if (overtaken) continue;
            hits.Add(new AliasHit(match.Indicator, position, position + match.Alias.Length));
            position += match.Alias.Length;
        }
        return hits;
    }

    /// <summary>The longest alias that starts at the position, if any.</summary>
    private (string Alias, Indicator Indicator)? LongestAt(string text, int position)
    {
        List<(string Alias, Indicator Indicator)>? candidates = null;
        if (position + 1 < text.Length) _aliasesByFirstChars.TryGetValue(Key(text[position], text[position + 1]), out candidates);
        if (candidates is null && !_singleCharAliases.TryGetValue(text[position], out candidates)) return null;
        foreach (var candidate in candidates)
            if (string.CompareOrdinal(text, position, candidate.Alias, 0, candidate.Alias.Length) == 0) return candidate;
        return null;
    }

    private sealed class CatalogFile
    {
        public List<IndicatorEntry> Indicators { get; set; } = [];
    }

    private sealed class IndicatorEntry
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Group { get; set; }
        public List<string> Aliases { get; set; } = [];
        public Dictionary<string, string> Units { get; set; } = [];
        public string? DefaultUnit { get; set; }
    }
}
