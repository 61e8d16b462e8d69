namespace CivilAffairsReports.Documents;

internal sealed record District(string Name, string Code);

/// <summary>Shanghai's 16 districts, read from the GB/T 2260 table (children of 310000); kept for Shanghai's progress files.</summary>
internal static class ShanghaiDistricts
{
    public const string ShanghaiCode = "310000";

    public static IReadOnlyList<District> All { get; } =
        Regions.Children(ShanghaiCode).Select(r => new District(r.Name, r.Code)).ToList();

    /// <summary>Finds a district by its full name or short name (青浦区, 青浦, 浦东新区, 浦东).</summary>
    public static District? Find(string name) =>
        All.FirstOrDefault(d => d.Name == name || Regions.Shorten(d.Name) == Regions.Shorten(name));
}
