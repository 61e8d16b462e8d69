using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Tests.Documents;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Extraction;

public sealed class BreakdownTablesTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    [Fact]
    public void Cells_of_a_docx_breakdown_table_become_district_targets_issued_by_the_city()
    {
        var path = _folder.File("分解表.docx");
        MadeDocuments.WriteDocx(path, DocumentFormatTests.NoticeParagraphs, DocumentFormatTests.Breakdown);
        var document = DocumentReader.Read(path);
        var targets = BreakdownTables.Read(document, IndicatorCatalog.Load());

        Assert.Equal(12, targets.Count); // 4 districts × 3 indicators
        Assert.All(targets, t => Assert.Equal("上海市民政局", t.Issuer));
        Assert.All(targets, t => Assert.Equal(2025, t.Year));
        var qingpu = targets.Where(t => t.District == "青浦区").ToDictionary(t => t.Indicator.Name);
        Assert.Equal((180m, "张", Measures.New), (qingpu["养老床位"].Value, qingpu["养老床位"].Unit, qingpu["养老床位"].Measure));
        Assert.Equal((3m, "家"), (qingpu["社区长者食堂"].Value, qingpu["社区长者食堂"].Unit));
        Assert.Equal((50m, "张"), (qingpu["家庭照护床位"].Value, qingpu["家庭照护床位"].Unit));
        Assert.Equal("310118", qingpu["养老床位"].DistrictCode);
        var cell = qingpu["家庭照护床位"];
        Assert.Equal("50", document.DecodedText[cell.Start..cell.End]); // evidence points at the cell itself
        Assert.Contains("任务指标分解表", cell.Evidence);
    }

    [Fact]
    public void A_table_without_a_district_column_yields_no_targets()
    {
        var path = _folder.File("表.docx");
        MadeDocuments.WriteDocx(path, DocumentFormatTests.NoticeParagraphs,
            [["项目", "新增养老床位（张）"], ["第一批", "100"], ["第二批", "200"]]);
        Assert.Empty(BreakdownTables.Read(DocumentReader.Read(path), IndicatorCatalog.Load()));
    }

    public void Dispose() => _folder.Dispose();
}
