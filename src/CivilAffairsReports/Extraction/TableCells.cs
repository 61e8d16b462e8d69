namespace CivilAffairsReports.Extraction;

/// <summary>What the table readers (statistics tables, plan indicator tables, tables by year) share: a row's unit and name.</summary>
internal static class TableCells
{
    /// <summary>
    /// The counter a unit cell names and the scale of its values: 万人 / 万张 / 亿人次 count in ten thousands or hundred
    /// millions (万元 and 亿元 are money units of their own); 元/人·月 is a standard in 元, 张/千人 a rate in 张.
    /// </summary>
    public static (decimal Scale, string Unit) Counter(string unitWritten)
    {
        var (scale, unit) = unitWritten.Length > 1 && unitWritten[0] is '万' or '亿' && unitWritten is not ("万元" or "亿元")
            ? (unitWritten[0] == '万' ? 10_000m : 100_000_000m, unitWritten[1..])
            : (1m, unitWritten);
        return (scale, unit.IndexOf('/') is > 0 and var slash ? unit[..slash] : unit);
    }

    /// <summary>The indicator a row's name counts in its unit (uncatalogued when the catalog has none) and its canonical unit.</summary>
    public static (Indicator Indicator, string Unit) Named(IndicatorCatalog catalog, string name, string unit)
    {
        var indicator = catalog.ForRowName(name, unit) ?? Indicator.Uncatalogued(name);
        return (indicator, indicator.CanonicalUnit(unit) ?? ReportingRules.CanonicalUnit(unit));
    }
}
