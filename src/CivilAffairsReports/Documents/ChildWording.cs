namespace CivilAffairsReports.Documents;

/// <summary>
/// How a briefing names its parent and children: 全省 / 各市 / 省级 / 市级 for a province's, 全市 / 各区 / 市级 / 区级
/// for a city's or a municipality's (which plans like a city).
/// </summary>
internal sealed record ChildWording(string Whole, string Each, string Own, string Child)
{
    /// <summary>The child as a counter word: 市 or 区 (个市, 每区).</summary>
    public string Unit => Each[1..];

    /// <summary>The parent as a word: 省 or 市 (市为…, in the reasons a figure is not comparable).</summary>
    public string OwnUnit => Whole[1..];

    public static ChildWording For(string? parentCode) =>
        Regions.ByCode(parentCode)?.DocumentLevel == "provincial"
            ? new ChildWording("全省", "各市", "省级", "市级")
            : new ChildWording("全市", "各区", "市级", "区级");
}
