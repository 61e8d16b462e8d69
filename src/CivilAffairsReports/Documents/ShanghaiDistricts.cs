namespace CivilAffairsReports.Documents;

internal sealed record District(string Name, string Code);

/// <summary>Shanghai's 16 districts, GB/T 2260 codes.</summary>
internal static class ShanghaiDistricts
{
    public static readonly IReadOnlyList<District> All =
    [
        new("黄浦区", "310101"), new("徐汇区", "310104"), new("长宁区", "310105"), new("静安区", "310106"),
        new("普陀区", "310107"), new("虹口区", "310109"), new("杨浦区", "310110"), new("闵行区", "310112"),
        new("宝山区", "310113"), new("嘉定区", "310114"), new("浦东新区", "310115"), new("金山区", "310116"),
        new("松江区", "310117"), new("青浦区", "310118"), new("奉贤区", "310120"), new("崇明区", "310151"),
    ];

    /// <summary>Finds a district by its full name or short name (青浦区, 青浦, 浦东新区, 浦东).</summary>
    public static District? Find(string name) =>
        All.FirstOrDefault(d => d.Name == name || Short(d.Name) == Short(name));

    // 浦东新区 → 浦东, 青浦区 → 青浦: strip 新区 before 区, or 浦东新区 would become 浦东新.
    private static string Short(string name) => name.EndsWith("新区") ? name[..^2] : name.TrimEnd('区');
}
