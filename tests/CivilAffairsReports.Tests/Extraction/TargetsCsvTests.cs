using CivilAffairsReports.Extraction;

namespace CivilAffairsReports.Tests.Extraction;

public class TargetsCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+教育", "'+教育")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("新增 30 家，30 个", "新增 30 家，30 个")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("普通文本", "普通文本")]
    public void Text_fields_are_quoted_and_formulas_neutralised(string value, string expected) =>
        Assert.Equal(expected, TargetsCsv.Text(value));

    [Fact]
    public void File_is_utf8_with_bom_and_percentages_are_plain_numbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"targets-{Guid.NewGuid():N}.csv");
        try
        {
            TargetsCsv.Write(path, [new TargetRow("000.txt", "上海市青浦区民政局", "青浦区", "district", "青民〔2025〕9号", 2025, "target",
                "caregiver_certification_rate", "养老护理员持证率", 95m, null, "%", "rate", null, "全区养老护理员持证率达到 95%", 10, 25)]);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var lines = File.ReadAllLines(path);
            Assert.Equal(string.Join(",", TargetsCsv.Header), lines[0]);
            Assert.Contains(",95,,%,rate,,", lines[1]);
        }
        finally { File.Delete(path); }
    }
}
