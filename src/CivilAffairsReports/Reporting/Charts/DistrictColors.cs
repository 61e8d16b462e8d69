using ScottPlot;

namespace CivilAffairsReports.Reporting.Charts;

/// <summary>
/// One fixed colour per district in every chart and every edition, derived from its GB/T 2260 code, so a
/// district keeps its colour whichever other districts are present. The 16 Shanghai codes (310101 … 310151)
/// fall on 16 different entries of the 20 (code mod 20); a province's or a country's children take their place among
/// their siblings, so up to 20 of them never share a colour.
/// </summary>
internal static class DistrictColors
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#8c564b"), Color.FromHex("#34495e"), Color.FromHex("#7f7f7f"), Color.FromHex("#9c9c1e"),  // 0:奉贤 1:黄浦 2:- 3:-
        Color.FromHex("#1f77b4"), Color.FromHex("#c2185b"), Color.FromHex("#0e8a9a"), Color.FromHex("#c0392b"),  // 4:徐汇 5:长宁 6:静安 7:普陀
        Color.FromHex("#2ca02c"), Color.FromHex("#7d3c98"), Color.FromHex("#b7950b"), Color.FromHex("#1e8449"),  // 8:- 9:虹口 10:杨浦 11:崇明
        Color.FromHex("#a04000"), Color.FromHex("#6c5ce7"), Color.FromHex("#117a65"), Color.FromHex("#e6550d"),  // 12:闵行 13:宝山 14:嘉定 15:浦东
        Color.FromHex("#28a745"), Color.FromHex("#2e86c1"), Color.FromHex("#d68910"), Color.FromHex("#393b79"),  // 16:金山 17:松江 18:青浦 19:-
    ];

    /// <summary>
    /// A province's or a city's place among its parent's children in GB/T 2260 (浙江's 11 cities: 0 … 10). Their
    /// codes end in 00, so taken whole every city of a province fell on one colour; the order of the codes file
    /// does not depend on which regions have documents.
    /// </summary>
    private static long SiblingRank(Documents.Region region) => SiblingRanks.Value[region.Code];

    // Ranked once: colours are asked for per district per chart, and the codes file has 3,341 rows.
    private static readonly Lazy<Dictionary<string, int>> SiblingRanks = new(() => Documents.Regions.All
        .GroupBy(r => r.ParentCode)
        .SelectMany(siblings => siblings.Select(r => r.Code).Order(StringComparer.Ordinal).Select((code, rank) => (code, rank)))
        .ToDictionary(x => x.code, x => x.rank, StringComparer.Ordinal));

    public static Color For(string? districtCode, string districtName)
    {
        var region = Documents.Regions.ByCode(districtCode);
        var key = region is not null && region.Level != "county"
            ? SiblingRank(region)
            : districtCode is not null && long.TryParse(districtCode, out var code)
                ? code
                : districtName.Aggregate(17L, (hash, c) => hash * 31 + c) & long.MaxValue; // no code: a stable hash of the name
        return Palette[key % Palette.Length];
    }
}
