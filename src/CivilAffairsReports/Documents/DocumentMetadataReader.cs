using System.Text.RegularExpressions;

namespace CivilAffairsReports.Documents;

/// <summary>
/// Reads issuer, district, document number, date, year and title from a document's own text, so that a
/// new district's document needs no configuration.
/// </summary>
internal static partial class DocumentMetadataReader
{
    public const string MunicipalIssuer = "上海市民政局";

    public static DocumentMetadata Read(string fileName, string text)
    {
        var head = text.Length > 3000 ? text[..3000] : text;
        // Any GB/T 2260 bureau outside Shanghai (舟山市普陀区 is not Shanghai's 普陀区); Shanghai's read as before.
        // A province-level bureau stands where the municipal one does.
        var found = RegionIssuers.Find(head);
        var issuer = found is { Region.Code: var code } && !code.StartsWith("31", StringComparison.Ordinal) ? null : Issuer(head);
        District? district;
        if (issuer is null && found is var (region, written))
        {
            issuer = written;
            district = region.Level == Regions.Region.Province ? null : new District(region.Name, region.Code);
        }
        else
        {
            if (issuer is null) throw new DocumentReadException(fileName,
                "未能识别发文机关：文中找不到“上海市…民政局”、“…区民政局”或其他行政区划的民政局 (issuer not found)");
            district = issuer == MunicipalIssuer ? null : ShanghaiDistricts.Find(DistrictIn().Match(issuer).Value);
        }

        var number = DocumentNumber().Match(head) is { Success: true } n
            ? $"{n.Groups["prefix"].Value}〔{n.Groups["year"].Value}〕{n.Groups["seq"].Value}号"
            : null;
        var date = FirstDate(text);
        var title = Title(head);
        int? year = title is not null && YearIn().Match(title) is { Success: true } ty ? int.Parse(ty.Groups[1].Value)
            : number is not null ? int.Parse(DocumentNumber().Match(head).Groups["year"].Value)
            : date?.Year;

        var level = district is null ? "municipal" : "district";
        return new DocumentMetadata(issuer, level, district?.Name, district?.Code, number, date, year, title);
    }

    private static string? Issuer(string head)
    {
        foreach (Match m in IssuerPattern().Matches(head.Replace(" ", "")))
        {
            var district = m.Groups["district"].Value;
            if (district.Length == 0) return MunicipalIssuer;
            if (ShanghaiDistricts.Find(district) is { } d) return $"上海市{d.Name}民政局";
        }
        return null;
    }

    private static DateOnly? FirstDate(string text)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            var (y, mo, d) = (int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)) return new DateOnly(y, mo, d);
        }
        return null;
    }

    /// <summary>The name in 《》 on the 印发 line, else the first line naming a 工作要点.</summary>
    private static string? Title(string head)
    {
        foreach (var line in head.Split('\n'))
        {
            var compact = line.Replace(" ", "");
            if (compact.Contains("印发") && BookTitle().Match(compact) is { Success: true } t) return t.Groups[1].Value;
        }
        return head.Split('\n').Select(l => l.Replace(" ", "")).FirstOrDefault(l => l.Contains("工作要点") && l.Length <= 40);
    }

    [GeneratedRegex(@"上海市(?<district>[\p{IsCJKUnifiedIdeographs}]{1,3}?(?:新区|区))?民政局|(?<district>[\p{IsCJKUnifiedIdeographs}]{2,3}?(?:新区|区))民政局")]
    private static partial Regex IssuerPattern();

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}]{2}?(?:新区|区))")]
    private static partial Regex DistrictIn();

    [GeneratedRegex(@"(?<prefix>[\p{IsCJKUnifiedIdeographs}]{1,8})\s*[〔\[【(（]\s*(?<year>\d{4})\s*[〕\]】)）]\s*(?<seq>\d+)\s*号")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"(?<y>20\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"《([^《》]+)》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex YearIn();
}
