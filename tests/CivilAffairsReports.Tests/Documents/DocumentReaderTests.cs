using System.Text;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Documents;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static SourceDocument Seed(string prefix) =>
        DocumentReader.Read(Directory.GetFiles(RepositoryPaths.Seeds, prefix + "_*.txt").Single());

    [Theory]
    [InlineData("004", "上海市民政局", "municipal", null, null, "沪民办发〔2025〕2号", "2025-01-22")]
    [InlineData("000", "上海市青浦区民政局", "district", "青浦区", "310118", "青民〔2025〕9号", "2025-02-27")]
    [InlineData("001", "上海市松江区民政局", "district", "松江区", "310117", "沪松民〔2025〕10号", "2025-03-31")]
    [InlineData("002", "上海市普陀区民政局", "district", "普陀区", "310107", "普民〔2025〕11号", null)]
    [InlineData("003", "上海市金山区民政局", "district", "金山区", "310116", "金民〔2025〕6号", "2025-02-17")]
    public void Metadata_is_read_from_the_text_itself(string prefix, string issuer, string level, string? district,
        string? code, string number, string? date)
    {
        var m = Seed(prefix).Metadata;
        Assert.Equal(issuer, m.Issuer);
        Assert.Equal(level, m.Level);
        Assert.Equal(district, m.District);
        Assert.Equal(code, m.DistrictCode);
        Assert.Equal(number, m.DocumentNumber);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), m.IssueDate);
        Assert.Equal(2025, m.Year);
    }

    [Theory]
    [InlineData("GB18030", "gb18030")]
    [InlineData("utf-16le-bom", "utf-16le")]
    [InlineData("utf-16be-bom", "utf-16be")]
    [InlineData("utf-8-bom", "utf-8-bom")]
    public void The_same_document_in_other_encodings_reads_the_same(string encoding, string expectedName)
    {
        var original = Seed("000");
        var bytes = encoding switch
        {
            "GB18030" => Encoding.GetEncoding("GB18030").GetBytes(original.DecodedText),
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(original.DecodedText)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(original.DecodedText)],
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(original.DecodedText)],
        };
        File.WriteAllBytes(_folder.File("copy.txt"), bytes);
        var copy = DocumentReader.Read(_folder.File("copy.txt"));
        Assert.Equal(expectedName, copy.Encoding);
        Assert.Equal(original.Normalized.Text, copy.Normalized.Text);
        Assert.Equal(original.Metadata, copy.Metadata);
    }

    [Fact]
    public void Bytes_valid_in_no_encoding_are_an_error_naming_the_file_and_offset_and_the_others_still_read()
    {
        File.Copy(Directory.GetFiles(RepositoryPaths.Seeds, "000_*.txt").Single(), _folder.File("a.txt"));
        File.WriteAllBytes(_folder.File("b-broken.txt"), [.. Encoding.UTF8.GetBytes("上海市民政局 "), 0xFF, 0xFF, 0xFF, 0x80]);
        File.Copy(Directory.GetFiles(RepositoryPaths.Seeds, "004_*.txt").Single(), _folder.File("c.txt"));

        var batch = DocumentReader.ReadDirectory(_folder.Path);
        Assert.Equal(["a.txt", "c.txt"], batch.Documents.Select(d => d.FileName));
        var failure = Assert.Single(batch.Failures);
        Assert.StartsWith("b-broken.txt", failure.Message);
        Assert.Contains("第 19 字节", failure.Message); // 6 CJK chars × 3 bytes + the space
    }

    [Fact]
    public void An_empty_file_is_named_and_a_file_without_issuer_is_read_with_its_metadata_unconfirmed()
    {
        File.WriteAllBytes(_folder.File("empty.txt"), []);
        File.WriteAllText(_folder.File("memo.txt"), "会议纪要：新增 3 家社区长者食堂。");
        var batch = DocumentReader.ReadDirectory(_folder.Path);
        Assert.StartsWith("empty.txt", Assert.Single(batch.Failures).Message);
        var memo = Assert.Single(batch.Documents);
        Assert.Equal("memo.txt", memo.FileName);
        Assert.Contains("发文机关", memo.Metadata.Unconfirmed);
    }

    [Fact]
    public void Pdf_line_breaks_spaced_headings_and_split_numbers_are_repaired()
    {
        var text = Seed("000").Normalized.Text;
        Assert.Contains("请结合实际，推动各项工作落实", text);
        Assert.Contains("新增 35 张认知障碍照护床位、50 张家庭照护床位", text);
        Assert.StartsWith("上海市青浦区民政局\n", text);
        Assert.Contains("\n一、着力推进实施积极应对人口老龄化国家战略，提升养老服务和老龄工作水平\n", text);
        Assert.Contains("\n（一）高质量完成民心工程和为民办实事项目\n", text);

        var municipal = Seed("004").Normalized.Text;
        Assert.Contains("加力做好适老化产品消费补贴工作", municipal);
        Assert.Contains("\n（二）大力发展银发经济\n", municipal);
        Assert.Contains("\n上海民政 2024 年工作总结\n", municipal);
    }

    [Fact]
    public void Full_width_digits_and_percent_signs_become_ascii()
    {
        var normalized = TextNormalizer.Normalize("上海市民政局\n新增１２０家，持证率达到９５％以上。");
        Assert.Equal("上海市民政局\n新增120家，持证率达到95%以上。", normalized.Text);
    }

    [Fact]
    public void Every_normalised_character_maps_back_to_the_same_character_in_the_decoded_text()
    {
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            var d = DocumentReader.Read(path);
            var (text, map) = (d.Normalized.Text, d.Normalized.DecodedOffsets);
            Assert.Equal(text.Length + 1, map.Length);
            Assert.Equal(d.DecodedText.Length, map[^1]);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i])) continue;
                Assert.Equal(text[i], TextNormalizer.FoldChar(d.DecodedText[map[i]]));
                if (i > 0) Assert.True(map[i] > map[i - 1], $"{d.FileName}: offsets must increase at {i}");
            }
        }
    }

    public void Dispose() => _folder.Dispose();
}
