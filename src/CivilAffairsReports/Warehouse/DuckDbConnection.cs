using CivilAffairsReports.Warehouse.Native;

namespace CivilAffairsReports.Warehouse;

/// <summary>
/// A connection: scripts, statements with bound parameters, typed results, bulk inserts and transactions.
/// Parameters are always bound, never spliced into SQL text. Every native failure becomes a DuckDbException.
/// </summary>
internal sealed class DuckDbConnection : IDisposable
{
    private readonly ConnectionHandle _handle;

    internal DuckDbConnection(ConnectionHandle handle) => _handle = handle;

    /// <summary>Runs a script of one or more statements separated by semicolons (schema files).</summary>
    public void Execute(string script)
    {
        var state = DuckDbNative.Query(_handle, script, out var result);
        try
        {
            if (state != DuckDbNative.State.Success) throw Error(ref result, script);
        }
        finally { DuckDbNative.DestroyResult(ref result); }
    }

    /// <summary>Runs one statement with positional parameters ($1 or ?); returns the rows it changed.</summary>
    public long Execute(string sql, params object?[]? parameters) => Query(sql, parameters).RowsChanged;

    public DuckDbResult Query(string sql, params object?[]? parameters)
    {
        using var statement = Prepare(sql);
        return Run(statement, sql, parameters);
    }

    public T Scalar<T>(string sql, params object?[]? parameters)
    {
        var result = Query(sql, parameters);
        if (result.Rows.Count == 0 || result.Columns.Count == 0)
            throw new DuckDbException("query returned no value", sql);
        return result.Rows[0].Get<T>(result.Columns[0]);
    }

    /// <summary>
    /// Inserts many rows through one prepared statement. Call it inside <see cref="InTransaction"/> when the rows
    /// must land together (DuckDB has no nested transactions, so it opens none of its own).
    /// </summary>
    public long BulkInsert(string sql, IEnumerable<object?[]> rows)
    {
        long count = 0;
        using var statement = Prepare(sql);
        foreach (var row in rows) count += Run(statement, sql, row).RowsChanged;
        return count;
    }

    /// <summary>BEGIN … COMMIT; on any exception ROLLBACK and rethrow, so nothing half-done stays.</summary>
    public void InTransaction(Action body)
    {
        Execute("BEGIN TRANSACTION");
        try
        {
            body();
            Execute("COMMIT");
        }
        catch
        {
            Execute("ROLLBACK");
            throw;
        }
    }

    private PreparedHandle Prepare(string sql)
    {
        var state = DuckDbNative.Prepare(_handle, sql, out var pointer);
        var statement = new PreparedHandle(pointer);
        if (state != DuckDbNative.State.Success)
        {
            var message = DuckDbNative.Borrowed(DuckDbNative.PrepareError(pointer)) ?? "prepare failed";
            statement.Dispose();
            throw new DuckDbException(message, sql);
        }
        return statement;
    }

    private static DuckDbResult Run(PreparedHandle statement, string sql, object?[]? parameters)
    {
        parameters ??= [null]; // Execute(sql, null) through "params" arrives as a null array: it means one NULL

        var expected = DuckDbNative.ParameterCount(statement);
        if ((ulong)parameters.Length != expected)
            throw new DuckDbException($"statement takes {expected} parameters, {parameters.Length} given", sql);
        for (var i = 0; i < parameters.Length; i++) Bind(statement, (ulong)i + 1, parameters[i], sql);

        var state = DuckDbNative.ExecutePrepared(statement, out var result);
        try
        {
            if (state != DuckDbNative.State.Success) throw Error(ref result, sql);
            return DuckDbResult.Read(ref result);
        }
        finally { DuckDbNative.DestroyResult(ref result); }
    }

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    /// <summary>decimal is bound as its exact text and cast by DuckDB to the column's DECIMAL type.</summary>
    private static void Bind(PreparedHandle statement, ulong index, object? value, string sql)
    {
        var state = value switch
        {
            null or DBNull => DuckDbNative.BindNull(statement, index),
            string s => DuckDbNative.BindVarchar(statement, index, s),
            int n => DuckDbNative.BindInt64(statement, index, n),
            long n => DuckDbNative.BindInt64(statement, index, n),
            double d => DuckDbNative.BindDouble(statement, index, d),
            decimal m => DuckDbNative.BindVarchar(statement, index, m.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            bool b => DuckDbNative.BindBoolean(statement, index, b),
            DateOnly d => DuckDbNative.BindDate(statement, index, d.DayNumber - Epoch.DayNumber),
            DateTime t => DuckDbNative.BindTimestamp(statement, index, (t.Ticks - DateTime.UnixEpoch.Ticks) / 10),
            _ => throw new ArgumentException($"cannot bind a {value.GetType().Name} to parameter {index}"),
        };
        if (state != DuckDbNative.State.Success)
            throw new DuckDbException($"could not bind parameter {index} ({value?.GetType().Name ?? "null"})", sql);
    }

    private static DuckDbException Error(ref DuckDbNative.Result result, string sql) =>
        new(DuckDbNative.Borrowed(DuckDbNative.ResultError(ref result)) ?? "query failed", sql);

    public void Dispose() => _handle.Dispose();
}
