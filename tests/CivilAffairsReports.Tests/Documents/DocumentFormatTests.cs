using System.Diagnostics;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Tests.Support;
using Xunit.Abstractions;

namespace CivilAffairsReports.Tests.Documents;

/// <summary>The five seeds as bureaus also send them: printed to PDF by Chromium and saved as Word documents.</summary>
public sealed class SeedFormatsFixture : IDisposable
{
    internal RepositoryPaths.TempFolder Folder { get; } = RepositoryPaths.NewTempFolder();
    internal Dictionary<string, SourceDocument> Plain { get; } = new();
    internal Dictionary<string, string> Pdf { get; } = new();
    internal Dictionary<string, string> Docx { get; } = new();
    internal const string RunningHeader = "民政工作要点（印发稿）";

    public SeedFormatsFixture()
    {
        foreach (var path in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order())
        {
            var prefix = Path.GetFileName(path)[..3];
            var plain = DocumentReader.Read(path);
            Plain[prefix] = plain;
            var paragraphs = plain.Normalized.Text.Split('\n');
            Pdf[prefix] = Folder.File(prefix + ".pdf");
            MadeDocuments.PrintToPdf(MadeDocuments.PrintableHtml(paragraphs, RunningHeader), Pdf[prefix]);
            Docx[prefix] = Folder.File(prefix + ".docx");
            MadeDocuments.WriteDocx(Docx[prefix], paragraphs);
        }
    }

    public void Dispose() => Folder.Dispose();
}

public sealed class DocumentFormatTests(SeedFormatsFixture seeds, ITestOutputHelper output) : IClassFixture<SeedFormatsFixture>, IDisposable
{
    private static readonly TargetExtractor Extractor = new(IndicatorCatalog.Load());
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    /// <summary>
    /// What a reviewer compares: indicator, kind, year, value, unit, measure, qualifier and the evidence clause. The
    /// clause is compared without spaces: where Chromium wrapped a line between a digit and an ideograph, the PDF no
    /// longer says whether the source had a space there ("2027 年" or "2027年"), and the join puts one in.
    /// </summary>
    private static List<string> Figures(SourceDocument d) =>
        Extractor.Extract(d.Normalized.Text, d.Metadata.Year!.Value).Figures
            .Select(f => $"{f.Indicator.Id}|{f.Kind}|{f.Year}|{f.Value}|{f.ValueMax}|{f.Unit}|{f.Measure}|{f.Qualifier}|{f.Evidence.Replace(" ", "")}")
            .ToList();

    [Theory]
    [InlineData("000"), InlineData("001"), InlineData("002"), InlineData("003"), InlineData("004")]
    public void A_seed_printed_to_pdf_gives_the_same_targets_values_and_evidence_as_the_plain_text(string seed)
    {
        var plain = seeds.Plain[seed];
        var pdf = DocumentReader.Read(seeds.Pdf[seed]);
        Assert.Equal(InputFormat.Pdf, pdf.Format);
        Assert.True(Poppler.Pages(seeds.Pdf[seed]) >= 2, "the seed should span pages, so page furniture is exercised");
        Assert.Equal(plain.Metadata, pdf.Metadata);
        var expected = Figures(plain);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Figures(pdf));
    }

    [Theory]
    [InlineData("000"), InlineData("001"), InlineData("002"), InlineData("003"), InlineData("004")]
    public void A_seed_saved_as_docx_gives_the_same_targets_values_and_evidence_as_the_plain_text(string seed)
    {
        var plain = seeds.Plain[seed];
        var docx = DocumentReader.Read(seeds.Docx[seed]);
        Assert.Equal(InputFormat.Docx, docx.Format);
        Assert.Equal(plain.Metadata, docx.Metadata);
        Assert.Equal(Figures(plain), Figures(docx));
    }

    [Fact]
    public void Each_figure_of_a_pdf_knows_its_page_and_the_page_says_it()
    {
        var pdf = DocumentReader.Read(seeds.Pdf["004"]);
        var figures = DocumentExtraction.Run(Extractor, pdf).Figures;
        var pages = figures.Select(f => pdf.PagesOf(f.EvidenceStart, f.EvidenceEnd)).ToList();
        Assert.All(pages, Assert.NotEmpty);
        Assert.True(pages.Max(p => p[^1]) >= 5, "the municipal plan's figures run over many pages");
        foreach (var (figure, onPages) in figures.Zip(pages).Where(x => x.Second.Count == 1).Take(12))
        {
            var pageText = CjkRadicals.FoldPdf(Poppler.Run("pdftotext", "-f", $"{onPages[0]}", "-l", $"{onPages[0]}", seeds.Pdf["004"], "-"));
            var evidence = figure.Evidence.Replace(" ", "");
            Assert.Contains(evidence[..Math.Min(8, evidence.Length)], pageText.Replace(" ", "").Replace("\n", ""));
        }
    }

    [Fact]
    public void Running_headers_and_page_numbers_are_dropped()
    {
        var printed = Poppler.Text(seeds.Pdf["004"]).Replace(" ", "");
        Assert.Contains("—2—", printed); // the footer is in the PDF …
        Assert.Contains(SeedFormatsFixture.RunningHeader, printed);
        var text = DocumentReader.Read(seeds.Pdf["004"]).Normalized.Text;
        Assert.DoesNotContain("— 2 —", text); // … but not in what is read
        Assert.DoesNotContain("—2—", text.Replace(" ", ""));
        Assert.DoesNotContain(SeedFormatsFixture.RunningHeader, text);
        Assert.Equal(seeds.Plain["004"].Normalized.Text.Length, text.Length, tolerance: 40); // nothing else went missing
    }

    [Fact]
    public void A_pdf_whose_text_layer_uses_radical_code_points_reads_as_ideographs()
    {
        string[] paragraphs =
        [
            "上海市⺠政局", "沪⺠办发〔2025〕3号", "2025年上海⺠政⼯作要点",
            "新增 30 家社区综合为⽼服务中⼼，为 3 万⼾特殊困难⽼年⼈安装智能⽔表。",
        ];
        var path = _folder.File("radicals.pdf");
        MadeDocuments.PrintToPdf(MadeDocuments.PrintableHtml(paragraphs, "⺠政"), path);
        Assert.Contains("⺠", Poppler.Text(path)); // the text layer carries the radical …
        var document = DocumentReader.Read(path);
        Assert.Contains("上海市民政局", document.Normalized.Text); // … the document the ideograph
        Assert.Contains("新增 30 家社区综合为老服务中心，为 3 万户特殊困难老年人安装智能水表。", document.Normalized.Text);
        Assert.Equal("上海市民政局", document.Metadata.Issuer);
        Assert.DoesNotContain(document.Normalized.Text, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void Every_kangxi_radical_and_the_common_supplement_radicals_fold_to_cjk_ideographs()
    {
        for (var c = '\u2F00'; c <= '\u2FD5'; c++) Assert.InRange(CjkRadicals.Fold(c), '\u4E00', '\u9FFF');
        Assert.Equal("民工户长门见车马鱼鸟龟母", CjkRadicals.Fold("⺠⼯⼾⻓⻔⻅⻋⻢⻥⻦⻳⺟"));
        Assert.Equal("新增 3 万户", TextNormalizer.Normalize("新增 3 万⼾").Text);
    }

    [Fact]
    public void A_scanned_pdf_without_a_text_layer_is_reported_as_needing_ocr()
    {
        var scan = _folder.File("扫描件.pdf");
        MadeDocuments.PrintAsScan(seeds.Pdf["002"], scan);
        Assert.Empty(Poppler.Text(scan).Trim());
        var batch = DocumentReader.ReadDirectory(_folder.Path);
        var outcome = Assert.Single(batch.Files, f => f.FileName == "扫描件.pdf");
        Assert.Equal(FileOutcomeStatus.Failed, outcome.Status);
        Assert.Contains("OCR", outcome.Reason);
        var failure = Assert.Single(batch.Failures);
        Assert.StartsWith("扫描件.pdf：", failure.Message);
    }

    internal static readonly string[][] Breakdown =
    [
        ["区", "新增养老床位（张）", "社区长者食堂（个）", "家庭照护床位（张）"],
        ["黄浦区", "150", "2", "200"],
        ["普陀区", "100", "2", "200"],
        ["金山区", "200", "3", "300"],
        ["青浦区", "180", "3", "50"],
    ];

    internal static readonly string[] NoticeParagraphs =
    [
        "上海市民政局", "沪民发〔2025〕8号", "上海市民政局关于下达2025年养老服务任务指标的通知", "各区民政局：",
        "现将2025年养老服务任务指标分解下达给你们，请认真抓好落实。", "2025年3月10日", "附件", "2025年养老服务任务指标分解表",
    ];

    [Fact]
    public void A_docx_breakdown_table_is_read_row_by_row_with_cells_pointing_into_the_text()
    {
        var path = _folder.File("分解表.docx");
        MadeDocuments.WriteDocx(path, NoticeParagraphs, Breakdown);
        var document = DocumentReader.Read(path);
        var table = Assert.Single(document.TablesOrEmpty);
        Assert.Contains("任务指标分解表", table.Caption);
        Assert.Equal(Breakdown.Select(r => r.ToList()), table.Rows.Select(r => r.Select(c => c.Text).ToList()));
        foreach (var cell in table.Rows.SelectMany(r => r))
            Assert.Equal(cell.Text, document.DecodedText[cell.Start..cell.End]);
        Assert.Contains("青浦区 180 3 50", document.Normalized.Text); // row by row in the text too
    }

    [Fact]
    public void The_same_breakdown_table_printed_to_pdf_gives_the_same_rows()
    {
        var html = MadeDocuments.PrintableHtml(NoticeParagraphs, "附件",
            "<table>" + string.Concat(Breakdown.Select(r => "<tr>" + string.Concat(r.Select(c => $"<td>{c}</td>")) + "</tr>")) + "</table>");
        var path = _folder.File("分解表.pdf");
        MadeDocuments.PrintToPdf(html, path);
        var table = Assert.Single(DocumentReader.Read(path).TablesOrEmpty);
        Assert.Equal(Breakdown.Select(r => r.ToList()), table.Rows.Select(r => r.Select(c => c.Text).ToList()));
        Assert.Equal(1, table.Page);
    }

    [Fact]
    public void A_page_saved_from_a_bureau_site_reads_as_its_article_only()
    {
        var plain = seeds.Plain["002"];
        var title = plain.Normalized.Text.Split('\n')[0];
        var article = string.Concat(plain.Normalized.Text.Split('\n').Skip(1).Select(p => $"<p style=\"text-indent:2em\">{System.Net.WebUtility.HtmlEncode(p)}</p>\n"));
        var page = $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>普陀区民政局2025年工作要点_通知公告_上海市普陀区人民政府</title>
            <script>var _hmt = _hmt || []; window.siteMenu = "首页 机构概况";</script>
            <style>.nav li{display:inline}</style></head>
            <body>
            <div class="top-bar">无障碍浏览 | 长者模式 | 繁體</div>
            <div id="header"><img src="logo.png" alt="上海市普陀区人民政府"><div class="search"><input placeholder="请输入关键词"></div></div>
            <div class="nav"><ul><li><a href="/">首页</a></li><li>机构概况</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 通知公告</div>
            <div class="main-wrap">
              <div class="sidebar"><h3>相关链接</h3><ul><li>上海市民政局</li><li>普陀区卫生健康委员会</li></ul></div>
              <div class="article">
                <h1>{{title}}</h1>
                <div class="info">发布日期：2025-03-05　来源：区民政局　字号：大 中 小</div>
                <div class="article-content TRS_Editor">
            {{article}}
                </div>
                <div class="share">分享到：微信 微博</div>
              </div>
            </div>
            <div id="footer"><p>版权所有：上海市普陀区人民政府 沪ICP备05000000号</p><p>网站标识码：3100000000</p></div>
            <script>document.write("统计代码")</script>
            </body></html>
            """;
        var path = _folder.File("普陀区民政局2025年工作要点.html");
        File.WriteAllText(path, page);
        var document = DocumentReader.Read(path);
        Assert.Equal(InputFormat.Html, document.Format);
        foreach (var chrome in new[] { "首页", "无障碍", "当前位置", "相关链接", "版权所有", "沪ICP备", "统计代码", "分享到", "_hmt", "请输入关键词" })
            Assert.DoesNotContain(chrome, document.Normalized.Text);
        // The page's own publication line (发布日期) gives a date the plain text does not carry; the rest is the same.
        Assert.Equal(new DateOnly(2025, 3, 5), document.Metadata.IssueDate);
        Assert.Equal(plain.Metadata with { IssueDate = document.Metadata.IssueDate }, document.Metadata);
        Assert.Equal(Figures(plain), Figures(document));
    }

    [Fact]
    public void A_doc_file_is_read_through_libreoffice_and_without_it_the_message_says_how_to_install_it()
    {
        var docx = _folder.File("普陀.docx");
        File.Copy(seeds.Docx["002"], docx);
        var doc = MadeDocuments.ConvertToDoc(docx);
        File.Delete(docx);
        var document = DocumentReader.Read(doc);
        Assert.Equal(InputFormat.Doc, document.Format);
        Assert.Equal(Figures(seeds.Plain["002"]), Figures(document));

        OfficeConverter.ProgramOverride = "/nonexistent/soffice";
        try
        {
            var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(doc));
            Assert.StartsWith("普陀.doc：", e.Message);
            Assert.Contains("apt-get install libreoffice-writer-nogui", e.Message);
        }
        finally { OfficeConverter.ProgramOverride = null; }
    }

    [Fact]
    public void Every_entry_of_the_input_folder_is_accounted_for()
    {
        string Seed(string prefix) => Directory.GetFiles(RepositoryPaths.Seeds, prefix + "_*.txt").Single();
        File.Copy(Seed("000"), _folder.File("a.txt"));
        File.Copy(Seed("001"), _folder.File("B-UPPER.TXT"));
        File.Copy(Seed("000"), _folder.File("c-copy.txt"));
        File.Copy(seeds.Pdf["002"], _folder.File("d.pdf"));
        File.Copy(seeds.Docx["003"], _folder.File("e.docx"));
        File.Copy(seeds.Docx["003"], _folder.File("~$e.docx"));
        Poppler.Run("pdftoppm", "-r", "20", "-png", "-singlefile", seeds.Pdf["002"], _folder.File("f-photo"));
        File.WriteAllText(_folder.File("g-broken.pdf"), "%PDF-1.7\nthis is not a PDF");
        Directory.CreateDirectory(_folder.File("h_files"));
        File.CreateSymbolicLink(_folder.File("i-link.txt"), Seed("004"));
        Poppler.Run("mkfifo", _folder.File("j-pipe.txt"));

        var batch = DocumentReader.ReadDirectory(_folder.Path);
        var outcomes = batch.Files.ToDictionary(f => f.FileName);
        output.WriteLine(string.Join("\n", batch.Files.Select(f => $"{f.FileName}\t{f.StatusName}\t{f.Format}\t{f.Reason}")));
        Assert.Equal(["B-UPPER.TXT", "a.txt", "c-copy.txt", "d.pdf", "e.docx", "f-photo.png", "g-broken.pdf", "h_files", "i-link.txt", "j-pipe.txt", "~$e.docx"],
            batch.Files.Select(f => f.FileName));
        Assert.Equal(["B-UPPER.TXT", "a.txt", "d.pdf", "e.docx"], batch.Documents.Select(d => d.FileName));
        Assert.Contains("a.txt", outcomes["c-copy.txt"].Reason);
        Assert.Equal(FileOutcomeStatus.Skipped, outcomes["c-copy.txt"].Status);
        Assert.Contains("图片", outcomes["f-photo.png"].Reason);
        Assert.Equal(FileOutcomeStatus.Failed, outcomes["g-broken.pdf"].Status);
        Assert.Contains("PDF", outcomes["g-broken.pdf"].Reason);
        Assert.Contains("文件夹", outcomes["h_files"].Reason);
        Assert.Contains("符号链接", outcomes["i-link.txt"].Reason);
        Assert.Contains("管道", outcomes["j-pipe.txt"].Reason);
        Assert.Contains("临时", outcomes["~$e.docx"].Reason);
        Assert.Equal(["g-broken.pdf"], batch.Failures.Select(f => f.FileName));
    }

    [Fact]
    public void A_fifty_page_pdf_reads_in_reasonable_time()
    {
        var paragraphs = seeds.Plain["004"].Normalized.Text.Split('\n');
        var path = _folder.File("fifty.pdf");
        MadeDocuments.PrintToPdf(MadeDocuments.PrintableHtml(paragraphs.Concat(paragraphs.Skip(10)).Concat(paragraphs.Skip(10)), "民政"), path);
        var pages = Poppler.Pages(path);
        Assert.InRange(pages, 50, 70);
        DocumentReader.Read(path); // warm-up: JIT and font parsing code
        var clock = Stopwatch.StartNew();
        var document = DocumentReader.Read(path);
        clock.Stop();
        output.WriteLine($"{pages} pages, {new FileInfo(path).Length:#,0} bytes, {document.Normalized.Text.Length:#,0} characters: read and normalised in {clock.Elapsed.TotalMilliseconds:0} ms");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "civil-affairs-pdf-timing.txt"), $"{pages} pages: {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(pages, document.DecodedPages![^1]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"reading {pages} pages took {clock.Elapsed}");
    }

    public void Dispose() => _folder.Dispose();
}
