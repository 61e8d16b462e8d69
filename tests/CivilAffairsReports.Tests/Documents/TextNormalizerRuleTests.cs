using CivilAffairsReports.Documents;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Documents;

/// <summary>One test per normalisation rule, on small inputs, so a broken rule names itself.</summary>
public sealed class TextNormalizerRuleTests
{
    private static string N(string decoded) => TextNormalizer.Normalize(decoded).Text;

    [Fact]
    public void Full_width_letters_digits_percent_and_point_fold_but_chinese_punctuation_stays()
    {
        Assert.Equal("新增120家，覆盖率达到95.5%；（一）“好”、《要点》：完成。",
            N("新增１２０家，覆盖率达到９５．５％；（一）“好”、《要点》：完成。"));
        Assert.Equal("AB", N("ＡＢ"));
        Assert.Equal("ab", N("ａｂ"));
    }

    [Fact]
    public void A_text_in_traditional_characters_is_read_in_simplified_ones_each_at_its_own_offset()
    {
        // As a mirror site reposts a county's summary: traditional characters, a word's pinyin spliced after it.
        // Some mirrors leave a space before the bracket's end: 會(huì )議.
        const string decoded = "縣民政局關(guān)於2023年養(yǎng)老服務發(fā)展情況：民政工作會(huì )議上了解到，新建養老機構2個，為困難群眾發放補貼1000萬元。";
        var normalized = TextNormalizer.Normalize(decoded);
        Assert.Equal("县民政局关于2023年养老服务发展情况：民政工作会议上了解到，新建养老机构2个，为困难群众发放补贴1000万元。", normalized.Text);
        var at = normalized.Text.IndexOf("1000", StringComparison.Ordinal);
        Assert.Equal("1000", decoded.Substring(normalized.DecodedOffsets[at], 4));
    }

    [Fact]
    public void Pinyin_spliced_without_tones_goes_where_it_recurs_and_a_single_bracketed_word_stays()
    {
        Assert.Equal("民生是社会和谐之本。嵊州市将对115个村开展项目,完成各类农技培训1500人次。",
            N("民生是社会(hui) 和谐之本。嵊州市将对115个(ge) 村开展项目,完成各类农(nong) 技培训1500人次。"));
        Assert.Equal("新建充电桩(a)10个。", N("新建充电桩(a)10个。"));
    }

    [Fact]
    public void A_simplified_text_quoting_a_few_traditional_characters_keeps_them()
    {
        Assert.Equal("新建“長者飯堂”10家，台湾同胞來訪。", N("新建“長者飯堂”10家，台湾同胞來訪。"));
    }

    [Fact]
    public void Carriage_returns_become_line_feeds()
    {
        Assert.Equal("第一段。\n第二段。\n第三段。", N("第一段。\r\n第二段。\r第三段。"));
    }

    [Fact]
    public void Trailing_spaces_go_and_odd_spaces_collapse_to_one()
    {
        Assert.Equal("新增 30 家。", N("新增\t30\u00A0\u00A0家。   "));
        Assert.Equal("新增 30 家。", N("新增\u300030 \u3000 家。\u3000"));
    }

    [Fact]
    public void A_heading_spaced_out_character_by_character_is_closed_up()
    {
        Assert.Equal("上海市青浦区民政局\n各单位：", N("上 海 市 青 浦 区 民 政 局 \n\n各单位："));
        // Ordinary text with one space between words is not a spaced heading.
        Assert.Equal("新增 30 家。", N("新增 30 家。"));
    }

    [Fact]
    public void A_line_ending_mid_sentence_joins_the_next_without_a_space_between_chinese_characters()
    {
        Assert.Equal("现将要点印发给你们，请结合实际，推动各项工作落实。",
            N("现将要点印发给你们，请结合实 \n\n际，推动各项工作落实。"));
    }

    [Fact]
    public void A_number_split_from_its_unit_is_rejoined_with_one_space()
    {
        Assert.Equal("全年新增养老床位不少于 50 张家庭照护床位。",
            N("全年新增养老床位不少于 50\n\n张家庭照护床位。"));
        Assert.Equal("全年新增养老床位不少于 50 张。", N("全年新增养老床位不少于\n50 张。"));
    }

    [Theory]
    [InlineData("结束。")]
    [InlineData("结束；")]
    [InlineData("如下：")]
    [InlineData("是否？")]
    [InlineData("提出“办好实事。”")]
    public void Sentence_final_punctuation_ends_the_paragraph(string first)
    {
        Assert.Equal(first + "\n下一段开始。", N(first + "\n\n下一段开始。"));
    }

    [Theory]
    [InlineData("一、着力推进民政工作")]
    [InlineData("（二）大力发展银发经济")]
    [InlineData("(三)推动均衡可及")]
    [InlineData("1. 高质量完成民心工程")]
    [InlineData("2、加强低收入人口动态监测")]
    [InlineData("一是围绕一根主线")]
    public void A_line_opening_with_a_heading_marker_is_never_joined_to_the_line_before(string heading)
    {
        Assert.Equal("加强养老服务\n" + heading, N("加强养老服务\n\n" + heading));
    }

    [Fact]
    public void A_short_heading_stays_apart_from_the_paragraph_after_it()
    {
        var text = N("（二）大力发展银发经济\n\n发展陪诊、助浴等养老照护服务，新增 30 家社区综合为老服务中心。");
        Assert.Equal("（二）大力发展银发经济\n发展陪诊、助浴等养老照护服务，新增 30 家社区综合为老服务中心。", text);
    }

    [Fact]
    public void Paragraphs_are_separated_by_exactly_one_line_feed()
    {
        Assert.Equal("第一段。\n第二段。", N("\n\n第一段。\n\n\n \n第二段。\n\n"));
    }

    [Fact]
    public void Offsets_map_spans_back_to_the_decoded_text()
    {
        const string decoded = "上 海 市 民 政 局\r\n新增１２０\n\n家社区长者食堂。";
        var n = TextNormalizer.Normalize(decoded);
        Assert.Equal(n.Text.Length + 1, n.DecodedOffsets.Length);
        Assert.Equal(decoded.Length, n.DecodedOffsets[^1]);
        var s = n.Text.IndexOf("120", StringComparison.Ordinal);
        Assert.Equal("１２０", decoded[n.DecodedOffsets[s]..n.DecodedOffsets[s + 3]]);
        var h = n.Text.IndexOf("民政局", StringComparison.Ordinal);
        Assert.Equal("民 政 局", decoded[n.DecodedOffsets[h]..n.DecodedOffsets[h + 3]]);
    }

    [Fact]
    public void Wrapped_headings_of_the_qingpu_plan_are_joined_into_one_line_each()
    {
        var path = Directory.GetFiles(RepositoryPaths.Seeds, "000_*.txt").Single();
        var lines = DocumentReader.Read(path).Normalized.Text.Split('\n');
        Assert.Contains("四、持续优化社会事务管理服务，助力健全全生命周期人口服务体系", lines);
        Assert.Contains("五、深入推进社会治理，汇聚社会力量更好服务城市发展大局", lines);
        Assert.Contains("（一）严格落实全面从严治党，为区民政事业高质量发展提供坚强保障", lines);
        // Every top-level heading is a line of its own and is followed by a sub-heading, not by its wrapped tail.
        foreach (var i in Enumerable.Range(0, lines.Length - 1).Where(i => lines[i].Length > 2 && "一二三四五六七八".Contains(lines[i][0]) && lines[i][1] == '、'))
            Assert.True(lines[i + 1].StartsWith('（'), $"after '{lines[i]}' came '{lines[i + 1]}'");
    }
}
