namespace CivilAffairsReports.Extraction;

/// <summary>What a figure measures. Shares are only computed between figures of the same measure and unit.</summary>
internal static class Measures
{
    public const string New = "new";              // 新增 / 新建 / 培训 / 安装: added this year
    public const string Cumulative = "cumulative"; // 累计: the stock reached
    public const string Coverage = "coverage";     // 覆盖 without 新增/累计: people or places covered
    public const string Conversion = "conversion"; // 改造 / 改建 / 升级: existing capacity converted
    public const string Rate = "rate";             // 持证率 85%: a percentage

    public static string Chinese(string measure) => measure switch
    {
        New => "新增", Cumulative => "累计", Coverage => "覆盖", Conversion => "改造", Rate => "比率", _ => measure,
    };
}

internal static class FigureKinds
{
    public const string Target = "target"; // a goal for the plan year (or the future year the sentence names)
    public const string Actual = "actual"; // a result the text says happened: a 工作总结, a past year, 截至, 已建成, 完成率
}

/// <summary>Flags a reviewer acts on.</summary>
internal static class FigureFlags
{
    public const string Uncatalogued = "待编目";   // the thing measured is not in the catalog: indicator_name is the noun phrase as written
    public const string Unconfirmed = "待确认";    // the document's issuer, place or year was inferred, not read
}

/// <summary>One quantified figure taken from a document, with its evidence (offsets into the normalised text).</summary>
internal sealed record ExtractedFigure(
    Indicator Indicator,
    string Kind,
    int Year,
    decimal Value,
    decimal? ValueMax,
    string Unit,
    string? UnitWritten,
    string Measure,
    string? Qualifier,
    string Evidence,
    int EvidenceStart,
    int EvidenceEnd,
    int ValueStart,
    int ValueEnd,
    string ValueText,
    string? Review = null) // confirm / correct / add when a reviewed correction touched it
{
    /// <summary>True when no catalog indicator fits: Indicator is a placeholder named by the noun phrase as written.</summary>
    public bool IsUncatalogued => Indicator.Id.Length == 0;
}

/// <summary>A number that was not taken, and why; uncatalogued ones look like targets and need a reviewer.</summary>
internal sealed record SkippedNumber(string Text, int Start, int End, string Reason, bool Uncatalogued, string Context);

internal sealed record ExtractionResult(IReadOnlyList<ExtractedFigure> Figures, IReadOnlyList<SkippedNumber> Skipped);
