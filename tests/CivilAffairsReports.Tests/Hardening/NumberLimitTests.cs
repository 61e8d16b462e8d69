using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Hardening;

/// <summary>Signs kept, limits enforced, digits of every script read: numbers a plan cannot mean are refused per figure.</summary>
public sealed class NumberLimitTests
{
    [Theory]
    [InlineData("新增-5家社区长者食堂")]
    [InlineData("新增−5张床位")]
    [InlineData("新增﹣12名护理员")]
    public void A_negative_number_is_refused_never_read_as_positive(string text)
    {
        Assert.Empty(QuantityScanner.Scan(text));
        Assert.Contains("负数", Assert.Single(RefusedNumbers.Find(text)).Reason);
    }

    [Theory]
    [InlineData("推进发展1-2家专业型日托", 1, 2)]
    [InlineData("2025-06 新增3家", 3, null)]
    public void A_hyphen_between_digits_is_a_range_or_a_date_not_a_sign(string text, int value, int? max)
    {
        var quantity = QuantityScanner.Scan(text).Last();
        Assert.Equal(value, quantity.Value);
        Assert.Equal(max, (int?)quantity.ValueMax);
        Assert.Empty(RefusedNumbers.Find(text));
    }

    [Fact]
    public void Numbers_beyond_thirteen_digits_are_refused_with_their_offset_and_nothing_overflows()
    {
        var thirty = "前言。新增123456789012345678901234567890家";
        Assert.Empty(QuantityScanner.Scan(thirty));
        var refused = Assert.Single(RefusedNumbers.Find(thirty));
        Assert.Equal(5, refused.Start);
        Assert.Contains("30 位", refused.Reason);

        var huge = "新增" + new string('9', 100_000) + "家";
        Assert.Empty(QuantityScanner.Scan(huge));
        Assert.Contains("100,000 位", Assert.Single(RefusedNumbers.Find(huge)).Reason);

        Assert.Empty(QuantityScanner.Scan("建设9999999999亿张床位"));           // 18 digits once 亿 is applied
        Assert.Equal(9_999_999_999_999m, QuantityScanner.Scan("新增9999999999999张").Single().Value); // 13 digits: still a number
    }

    [Theory]
    [InlineData("新增٣٠家养老机构")]   // Arabic-Indic
    [InlineData("新增३०家养老机构")]   // Devanagari
    [InlineData("新增30家养老机构")]
    public void Decimal_digits_of_any_script_are_read(string text) =>
        Assert.Equal(30m, QuantityScanner.Scan(text).Single().Value);
}
