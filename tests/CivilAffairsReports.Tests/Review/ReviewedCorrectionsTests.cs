using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Review;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Review;

public sealed class ReviewedCorrectionsTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Load();

    private const string Songjiang = "001_1d6ab4ae0074cbc7.txt";
    private const string Putuo = "002_4df1fa43caeaa718.txt";

    private ReviewedCorrections Write(string yaml)
    {
        File.WriteAllText(_folder.File("corrections.yaml"), yaml);
        return ReviewedCorrections.Load(_folder.File("corrections.yaml"), Catalog);
    }

    private static DocumentExtraction Extract(string file) =>
        DocumentExtraction.Run(new TargetExtractor(Catalog), DocumentReader.Read(Path.Combine(RepositoryPaths.Seeds, file)));

    private const string AllFour = $$"""
        corrections:
          - {action: correct, document: {{Songjiang}}, indicator: one_touch_emergency_service, value: 8000,
             set: {measure: cumulative}, who: 王某（养老服务处）, when: 2025-04-02, why: 区里确认为累计覆盖人数}
          - {action: reject, document: {{Songjiang}}, indicator: professional_day_care, value: 1,
             who: 王某, when: 2025-04-02, why: 日托不列入本期对比}
          - {action: confirm, document: {{Songjiang}}, indicator: caregiver_certification_rate, value: 85,
             who: 李某, when: 2025-04-03, why: 与区局核对一致}
          - {action: add, document: {{Songjiang}}, indicator: adult_orphan_placement, value: 1, unit: 人, measure: new,
             evidence: 妥善完成2025年度市儿童福利院成年孤儿安置任务, who: 李某, when: 2025-04-03, why: 区局说明任务为 1 人}
          - {action: reject, document: {{Songjiang}}, indicator: elderly_care_beds, value: 999,
             who: 李某, when: 2025-04-03, why: 演示未匹配}
        """;

    [Fact]
    public void Confirm_correct_reject_and_add_are_applied_and_audited()
    {
        var (corrected, audit) = Write(AllFour).Apply(Extract(Songjiang));
        var f = corrected.Figures;
        Assert.Equal(Measures.Cumulative, Assert.Single(f, x => x.Indicator.Id == "one_touch_emergency_service").Measure);
        Assert.DoesNotContain(f, x => x.Indicator.Id == "professional_day_care");
        Assert.Equal("confirm", Assert.Single(f, x => x.Indicator.Id == "caregiver_certification_rate").Review);
        var added = Assert.Single(f, x => x.Indicator.Id == "adult_orphan_placement");
        Assert.Equal("add", added.Review);
        var document = corrected.Document;
        Assert.Contains("成年孤儿安置任务", document.DecodedText[added.EvidenceStart..added.EvidenceEnd]);

        Assert.Equal(5, audit.Count);
        Assert.Equal(4, audit.Count(a => a.Applied));
        var unmatched = Assert.Single(audit, a => !a.Applied);
        Assert.Equal("未找到对应的提取数字", unmatched.Problem);
        Assert.All(audit, a => Assert.False(string.IsNullOrEmpty(a.Who + a.When + a.Why)));
    }

    [Fact]
    public void Corrections_for_other_documents_leave_a_document_alone()
    {
        var original = Extract(Putuo);
        var (after, audit) = Write(AllFour).Apply(original);
        Assert.Equal(original.Figures, after.Figures);
        Assert.Empty(audit);
    }

    [Theory]
    [InlineData("corrections:\n  - {action: fix, document: a.txt, indicator: elderly_care_beds, value: 1, who: a, when: b, why: c}", "action")]
    [InlineData("corrections:\n  - {action: reject, document: a.txt, indicator: elderly_care_beds, value: 1, who: a, when: b}", "who、when、why")]
    [InlineData("corrections:\n  - {action: reject, document: a.txt, indicator: no_such, value: 1, who: a, when: b, why: c}", "指标目录")]
    [InlineData("corrections:\n  - {action: add, document: a.txt, indicator: elderly_care_beds, value: 1, who: a, when: b, why: c}", "evidence")]
    public void A_bad_entry_is_rejected_alone_naming_the_file_and_entry(string yaml, string expected)
    {
        var good = "\n  - {action: reject, document: a.txt, indicator: elderly_care_beds, value: 2, who: a, when: b, why: c}";
        var corrections = Write(yaml + good);
        var problem = Assert.Single(corrections.Problems);
        Assert.Contains("corrections.yaml 第 1 条", problem);
        Assert.Contains(expected, problem);
        Assert.Single(corrections.Unmatched([]));   // the good entry is kept (and, with no documents, matches nothing)
    }

    [Theory]
    [InlineData("corrections: [ {action: reject", "格式错误")]
    [InlineData("corrections:\n", "corrections: []")]
    [InlineData("", "是空的")]
    [InlineData("corrections:\n  - {action: reject, document: a.txt, indicator: elderly_care_beds, value: 1e400, who: a, when: b, why: c}", "格式错误")]
    public void A_bad_corrections_file_is_an_error_naming_the_file(string yaml, string expected)
    {
        var e = Assert.Throws<CorrectionsError>(() => Write(yaml));
        Assert.Contains("corrections.yaml", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public async Task A_run_with_corrections_publishes_them_in_the_csv_the_audit_section_and_the_review_page()
    {
        Write(AllFour);
        var reports = _folder.File("reports");
        await MonthlyBatch.RunAsync(new BatchOptions(RepositoryPaths.Seeds, reports, _folder.File("w.duckdb"), "2025-06",
            CorrectionsPath: _folder.File("corrections.yaml")), new RecordingProgress());

        var csv = File.ReadAllLines(Path.Combine(reports, "data", "targets.csv"));
        Assert.Contains(csv, l => l.Contains("one_touch_emergency_service") && l.Contains(",cumulative,") && l.Contains(",correct,")); // review, then the flag column (issue 8)
        Assert.DoesNotContain(csv, l => l.StartsWith(Songjiang) && l.Contains("professional_day_care"));

        // Corrections are detail for staff, not for a director (issue 9): the site's index carries the audit.
        var index = File.ReadAllText(Path.Combine(reports, "index.html"));
        Assert.Contains("人工复核记录", index);
        Assert.Contains("区里确认为累计覆盖人数", index);
        Assert.Contains("未生效", index);

        // the review page is an index; each document's marks are on its own page
        var review = string.Concat(Directory.GetFiles(reports, "review-*.html").Select(File.ReadAllText));
        Assert.Contains("class=\"taken\"", review);
        Assert.Contains("补录", review);
    }

    public void Dispose() => _folder.Dispose();
}
