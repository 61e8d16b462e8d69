using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Tests.Support;
using CivilAffairsReports.Warehouse;
using Dapper;
using DuckDB.NET.Data;

namespace CivilAffairsReports.Tests.Warehouse;

/// <summary>The warehouse on DuckDB.NET against real DuckDB files on disk: loads, reopening, old files, hostile text.</summary>
public sealed class WarehouseStoreTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private string DatabasePath => _folder.File("w.duckdb");

    private static IReadOnlyList<DocumentExtraction> ExtractSeeds()
    {
        var extractor = new TargetExtractor(IndicatorCatalog.Load());
        return DocumentReader.ReadDirectory(RepositoryPaths.Seeds).Documents.Select(d => DocumentExtraction.Run(extractor, d)).ToList();
    }

    private static long LoadSeeds(WarehouseStore store)
    {
        var run = store.BeginRun(RepositoryPaths.Seeds, DateTime.Now);
        store.LoadCatalog(IndicatorCatalog.Load());
        store.Load(run, ExtractSeeds());
        return run;
    }

    [Fact]
    public void Every_extracted_figure_is_in_the_file_after_it_is_closed_and_reopened_with_its_chinese_evidence_exact()
    {
        var extractions = ExtractSeeds();
        using (var store = WarehouseStore.Open(DatabasePath)) LoadSeeds(store);

        using var reopened = WarehouseStore.Open(DatabasePath);
        var stored = reopened.Connection.Query<(string Hash, int Seq, string Evidence, decimal Value)>(
            "SELECT content_hash, seq, evidence, value FROM figures ORDER BY content_hash, seq").ToList();
        var expected = extractions.OrderBy(e => e.Document.ContentHash, StringComparer.Ordinal)
            .SelectMany(e => e.Figures.Select((f, i) => (e.Document.ContentHash, i + 1, f.Evidence, f.Value))).ToList();
        Assert.NotEmpty(stored);
        Assert.Equal(expected, stored);
        Assert.Contains(stored, s => s.Evidence.Contains("社区综合为老服务中心"));
        Assert.Equal(extractions.Sum(e => e.Skipped.Count), reopened.Connection.ExecuteScalar<long>("SELECT count(*) FROM skipped_numbers"));
    }

    [Fact]
    public void Loading_the_documents_again_in_a_new_run_replaces_their_rows_and_links_them_to_both_runs()
    {
        using var store = WarehouseStore.Open(DatabasePath);
        var first = LoadSeeds(store);
        var figures = store.Connection.ExecuteScalar<long>("SELECT count(*) FROM figures");
        var second = LoadSeeds(store);
        Assert.NotEqual(first, second);
        Assert.Equal(figures, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM figures"));
        Assert.Equal(5, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM documents"));
        Assert.Equal(10, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM run_documents"));
    }

    [Fact]
    public void Thirteen_thousand_rows_load_in_bulk_with_exact_decimals_nulls_and_chinese()
    {
        var seed = ExtractSeeds()[0];
        var figure = seed.Figures[0];
        var many = Enumerable.Range(0, 13_400).Select(i => figure with
        {
            Value = 107_200m + i / 10_000m, ValueMax = i % 2 == 0 ? null : 5m, Qualifier = i % 3 == 0 ? "以上" : null,
            Evidence = $"第{i}条：新增社区综合为老服务中心",
        }).ToList();
        using var store = WarehouseStore.Open(DatabasePath);
        store.Load(store.BeginRun("x", DateTime.Now), [seed with { Figures = many, Skipped = [] }]);

        var c = store.Connection;
        Assert.Equal(13_400, c.ExecuteScalar<long>("SELECT count(*) FROM figures"));
        Assert.Equal(107_201.3399m, c.ExecuteScalar<decimal>("SELECT max(value) FROM figures"));
        Assert.Equal(6_700, c.ExecuteScalar<long>("SELECT count(*) FROM figures WHERE value_max IS NULL"));
        Assert.Equal("第13399条：新增社区综合为老服务中心", c.ExecuteScalar<string>("SELECT evidence FROM figures ORDER BY seq DESC LIMIT 1"));
    }

    [Theory]
    [InlineData("'); DROP TABLE figures; --")]
    [InlineData("$1 $name ? @p ''")]
    [InlineData("\u001b[31m 控制字符 \t 结束")]
    public void Document_text_that_looks_like_sql_is_stored_as_data(string hostile)
    {
        var seed = ExtractSeeds()[0];
        var document = seed.Document with { FileName = hostile + ".txt", DecodedText = hostile + seed.Document.DecodedText };
        using var store = WarehouseStore.Open(DatabasePath);
        store.Load(store.BeginRun(hostile, DateTime.Now), [seed with { Document = document, Figures = [seed.Figures[0] with { Evidence = hostile }] }]);
        Assert.Equal(hostile + ".txt", store.Connection.ExecuteScalar<string>("SELECT file_name FROM documents"));
        Assert.Equal(hostile, store.Connection.ExecuteScalar<string>("SELECT evidence FROM figures"));
        Assert.Equal(hostile, store.Connection.ExecuteScalar<string>("SELECT input_folder FROM runs"));
    }

    [Fact]
    public void A_warehouse_written_before_the_review_column_existed_opens_and_gains_it()
    {
        // The first editions' figures table had no review column; schema.sql adds it in place.
        using (var old = new DuckDBConnection($"Data Source={DatabasePath}"))
        {
            old.Open();
            old.Execute("""
                CREATE TABLE figures (content_hash VARCHAR NOT NULL, seq INTEGER NOT NULL, indicator_id VARCHAR NOT NULL,
                    kind VARCHAR NOT NULL, year INTEGER NOT NULL, value DECIMAL(18,4) NOT NULL, value_max DECIMAL(18,4),
                    unit VARCHAR NOT NULL, unit_written VARCHAR, measure VARCHAR NOT NULL, qualifier VARCHAR,
                    evidence VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
                    value_start INTEGER NOT NULL, value_end INTEGER NOT NULL, PRIMARY KEY (content_hash, seq));
                INSERT INTO figures VALUES ('h', 1, 'x', 'target', 2025, 30, NULL, '家', '家', 'new', NULL, '新增30家', 0, 5, 2, 4);
                """);
        }
        using var store = WarehouseStore.Open(DatabasePath);
        Assert.Null(store.Connection.ExecuteScalar<string>("SELECT review FROM figures WHERE content_hash = 'h'"));
        LoadSeeds(store);
        Assert.True(store.Connection.ExecuteScalar<long>("SELECT count(*) FROM figures") > 1);
    }

    [Fact]
    public void A_file_that_is_not_a_warehouse_is_refused_naming_the_file()
    {
        var notADatabase = _folder.File("notes.duckdb");
        File.WriteAllText(notADatabase, "这不是数据库 this is not a database, padded to look like a file of some size " + new string('x', 5000));
        var e = Assert.Throws<WarehouseException>(() => WarehouseStore.Open(notADatabase));
        Assert.Contains(notADatabase, e.Message);
        Assert.Contains("无法打开数据仓库", e.Message);
    }

    [Fact]
    public void The_parquet_export_holds_the_current_runs_figures_even_under_a_path_with_a_quote()
    {
        using var store = WarehouseStore.Open(DatabasePath);
        LoadSeeds(store);
        store.Connection.Execute(CivilAffairsReports.SqlScripts.Load("views.sql"));
        var parquet = _folder.File("it's here/targets.parquet");
        store.ExportFiguresParquet(parquet);
        Assert.Equal(store.Connection.ExecuteScalar<long>("SELECT count(*) FROM figures"),
            store.Connection.ExecuteScalar<long>("SELECT count(*) FROM read_parquet($p)", new { p = parquet }));
    }

    public void Dispose() => _folder.Dispose();
}
