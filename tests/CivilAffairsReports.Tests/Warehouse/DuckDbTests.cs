using CivilAffairsReports.Tests.Support;
using CivilAffairsReports.Warehouse;

namespace CivilAffairsReports.Tests.Warehouse;

/// <summary>Our P/Invoke layer against a real DuckDB file on disk.</summary>
public sealed class DuckDbTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private string DatabasePath => _folder.File("test.duckdb");

    [Fact]
    public void Chinese_text_round_trips_through_a_file_closed_and_reopened()
    {
        const string text = "上海市青浦区民政局 社区综合为老服务中心 青民〔2025〕9号 “一键通” ①";
        using (var db = DuckDbDatabase.Open(DatabasePath))
        using (var c = db.Connect())
        {
            c.Execute("CREATE TABLE t (s VARCHAR)");
            c.Execute("INSERT INTO t VALUES ($1)", text);
        }
        using var reopened = DuckDbDatabase.Open(DatabasePath);
        using var connection = reopened.Connect();
        Assert.Equal(text, connection.Scalar<string>("SELECT s FROM t"));
        Assert.Equal(text.Length, connection.Scalar<long>("SELECT length(s) FROM t"));
    }

    [Fact]
    public void Types_round_trip_exactly_and_nulls_read_back_as_null()
    {
        using var db = DuckDbDatabase.Open(DatabasePath);
        using var c = db.Connect();
        c.Execute("CREATE TABLE t (i BIGINT, d DOUBLE, m DECIMAL(18,4), b BOOLEAN, day DATE, ts TIMESTAMP, s VARCHAR)");
        var when = new DateTime(2025, 2, 27, 9, 30, 15, 123);
        c.Execute("INSERT INTO t VALUES ($1, $2, $3, $4, $5, $6, $7)", 107200L, 0.1, 10.72m, true, new DateOnly(2025, 2, 27), when, "户");
        c.Execute("INSERT INTO t VALUES ($1, $2, $3, $4, $5, $6, $7)", null, null, null, null, null, null, null);

        var rows = c.Query("SELECT * FROM t ORDER BY i NULLS LAST").Rows;
        Assert.Equal(107200L, rows[0].Get<long>("i"));
        Assert.Equal(0.1, rows[0].Get<double>("d"));
        Assert.Equal(10.72m, rows[0].Get<decimal>("m"));
        Assert.True(rows[0].Get<bool>("b"));
        Assert.Equal(new DateOnly(2025, 2, 27), rows[0].Get<DateOnly>("day"));
        Assert.Equal(when, rows[0].Get<DateTime>("ts"));
        Assert.Equal("户", rows[0].Get<string>("s"));
        foreach (var column in new[] { "i", "d", "m", "b", "day", "ts", "s" }) Assert.Null(rows[1][column]);
        Assert.Null(rows[1].Get<long?>("i"));
    }

    [Fact]
    public void A_single_null_argument_binds_one_null_parameter()
    {
        using var db = DuckDbDatabase.Open(DatabasePath);
        using var c = db.Connect();
        c.Execute("CREATE TABLE t (s VARCHAR)");
        c.Execute("INSERT INTO t VALUES ($1)", null);
        Assert.Equal(1, c.Scalar<long>("SELECT count(*) FROM t WHERE s IS NULL"));
    }

    [Fact]
    public void Errors_are_raised_with_duckdbs_message_not_swallowed()
    {
        using var db = DuckDbDatabase.Open(DatabasePath);
        using var c = db.Connect();
        var missing = Assert.Throws<DuckDbException>(() => c.Query("SELECT * FROM no_such_table"));
        Assert.Contains("no_such_table", missing.EngineMessage);
        Assert.Contains("does not exist", missing.EngineMessage);
        Assert.Throws<DuckDbException>(() => c.Execute("SELEKT 1"));
        var arity = Assert.Throws<DuckDbException>(() => c.Query("SELECT $1 + $2", 1L));
        Assert.Contains("2 parameters", arity.Message);
        c.Execute("CREATE TABLE t (k INTEGER PRIMARY KEY)");
        c.Execute("INSERT INTO t VALUES ($1)", 1);
        Assert.Throws<DuckDbException>(() => c.Execute("INSERT INTO t VALUES ($1)", 1));
    }

    [Theory]
    [InlineData("x'); DROP TABLE t; --")]
    [InlineData("'; DELETE FROM t; --")]
    [InlineData("=1+1\"; SELECT 1")]
    public void A_bound_parameter_containing_sql_stays_data(string hostile)
    {
        using var db = DuckDbDatabase.Open(DatabasePath);
        using var c = db.Connect();
        c.Execute("CREATE TABLE t (s VARCHAR)");
        c.Execute("INSERT INTO t VALUES ('keep')");
        c.Execute("INSERT INTO t VALUES ($1)", hostile);
        Assert.Equal(2, c.Scalar<long>("SELECT count(*) FROM t"));
        Assert.Equal(hostile, c.Scalar<string>("SELECT s FROM t WHERE s <> 'keep'"));
    }

    [Fact]
    public void A_failing_transaction_rolls_back_and_a_successful_one_commits()
    {
        using var db = DuckDbDatabase.Open(DatabasePath);
        using var c = db.Connect();
        c.Execute("CREATE TABLE t (n INTEGER)");
        Assert.Throws<InvalidOperationException>(() => c.InTransaction(() =>
        {
            c.Execute("INSERT INTO t VALUES ($1)", 1);
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal(0, c.Scalar<long>("SELECT count(*) FROM t"));
        c.InTransaction(() => c.Execute("INSERT INTO t VALUES ($1)", 2));
        Assert.Equal(1, c.Scalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Bulk_insert_of_ten_thousand_rows_with_chinese_and_nulls()
    {
        using var db = DuckDbDatabase.Open(DatabasePath);
        using var c = db.Connect();
        c.Execute("CREATE TABLE t (n BIGINT, s VARCHAR)");
        long inserted = 0;
        c.InTransaction(() => inserted = c.BulkInsert("INSERT INTO t VALUES ($1, $2)",
            Enumerable.Range(0, 10_000).Select(i => new object?[] { (long)i, i % 10 == 0 ? null : $"第{i}行·养老床位" })));
        Assert.Equal(10_000, inserted);
        Assert.Equal(10_000, c.Scalar<long>("SELECT count(*) FROM t"));
        Assert.Equal(1_000, c.Scalar<long>("SELECT count(*) FROM t WHERE s IS NULL"));
        Assert.Equal("第9999行·养老床位", c.Scalar<string>("SELECT s FROM t WHERE n = $1", 9999L));
        Assert.Equal(10_000, c.Query("SELECT * FROM t").Rows.Count);
    }

    [Fact]
    public void A_script_of_several_statements_runs_whole()
    {
        using var db = DuckDbDatabase.Open(DatabasePath);
        using var c = db.Connect();
        c.Execute("CREATE TABLE a (x INTEGER); CREATE TABLE b (y VARCHAR); INSERT INTO a VALUES (1), (2);");
        Assert.Equal(2, c.Scalar<long>("SELECT count(*) FROM a"));
        Assert.Equal(0, c.Scalar<long>("SELECT count(*) FROM b"));
    }

    [Fact]
    public void An_unopenable_path_names_the_path()
    {
        var notADatabase = _folder.File("not-a-db.duckdb");
        File.WriteAllText(notADatabase, "this is not a duckdb file, just text that is long enough to have a header");
        var e = Assert.Throws<DuckDbException>(() => DuckDbDatabase.Open(notADatabase));
        Assert.Contains(notADatabase, e.Message);
    }

    public void Dispose() => _folder.Dispose();
}
