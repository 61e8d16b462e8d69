using System.Globalization;
using CivilAffairsReports.Warehouse.Native;

namespace CivilAffairsReports.Warehouse;

/// <summary>A whole query result, copied out of DuckDB: column names and rows of .NET values.</summary>
internal sealed class DuckDbResult
{
    private readonly Dictionary<string, int> _columnIndex;

    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<DuckDbRow> Rows { get; }
    public long RowsChanged { get; }

    private DuckDbResult(IReadOnlyList<string> columns, List<object?[]> rows, long rowsChanged)
    {
        Columns = columns;
        _columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        Rows = rows.Select(values => new DuckDbRow(this, values)).ToList();
        RowsChanged = rowsChanged;
    }

    public int ColumnIndex(string name) => _columnIndex.TryGetValue(name, out var i)
        ? i : throw new ArgumentException($"result has no column '{name}' (columns: {string.Join(", ", Columns)})");

    /// <summary>
    /// Copies a native result. Types: integers → long, FLOAT/DOUBLE → double, DECIMAL/HUGEINT → decimal
    /// (read through their exact text), DATE → DateOnly, TIMESTAMP → DateTime, BOOLEAN → bool, the rest → string.
    /// </summary>
    internal static DuckDbResult Read(ref DuckDbNative.Result result)
    {
        var columnCount = DuckDbNative.ColumnCount(ref result);
        var rowCount = DuckDbNative.RowCount(ref result);
        var names = new string[columnCount];
        var types = new DuckDbNative.ColumnType[columnCount];
        for (ulong c = 0; c < columnCount; c++)
        {
            names[c] = DuckDbNative.Borrowed(DuckDbNative.ColumnName(ref result, c)) ?? $"column{c}";
            types[c] = DuckDbNative.GetColumnType(ref result, c);
        }
        var rows = new List<object?[]>((int)rowCount);
        for (ulong r = 0; r < rowCount; r++)
        {
            var values = new object?[columnCount];
            for (ulong c = 0; c < columnCount; c++)
                values[c] = DuckDbNative.ValueIsNull(ref result, c, r) ? null : Value(ref result, types[c], c, r);
            rows.Add(values);
        }
        return new DuckDbResult(names, rows, (long)DuckDbNative.RowsChanged(ref result));
    }

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    private static object? Value(ref DuckDbNative.Result result, DuckDbNative.ColumnType type, ulong c, ulong r) => type switch
    {
        DuckDbNative.ColumnType.Boolean => DuckDbNative.ValueBoolean(ref result, c, r),
        DuckDbNative.ColumnType.TinyInt or DuckDbNative.ColumnType.SmallInt or DuckDbNative.ColumnType.Integer
            or DuckDbNative.ColumnType.BigInt or DuckDbNative.ColumnType.UTinyInt or DuckDbNative.ColumnType.USmallInt
            or DuckDbNative.ColumnType.UInteger => DuckDbNative.ValueInt64(ref result, c, r),
        DuckDbNative.ColumnType.Float or DuckDbNative.ColumnType.Double => DuckDbNative.ValueDouble(ref result, c, r),
        DuckDbNative.ColumnType.Decimal or DuckDbNative.ColumnType.HugeInt or DuckDbNative.ColumnType.UBigInt =>
            decimal.Parse(DuckDbNative.Owned(DuckDbNative.ValueVarchar(ref result, c, r))!, NumberStyles.Float, CultureInfo.InvariantCulture),
        DuckDbNative.ColumnType.Date => Epoch.AddDays(DuckDbNative.ValueDate(ref result, c, r)),
        DuckDbNative.ColumnType.Timestamp => DateTime.UnixEpoch.AddTicks(DuckDbNative.ValueTimestamp(ref result, c, r) * 10),
        _ => DuckDbNative.Owned(DuckDbNative.ValueVarchar(ref result, c, r)),
    };
}

/// <summary>One row of a <see cref="DuckDbResult"/>, with typed access by column name.</summary>
internal sealed class DuckDbRow(DuckDbResult result, object?[] values)
{
    public object? this[int column] => values[column];
    public object? this[string column] => values[result.ColumnIndex(column)];

    /// <summary>The value converted to T (long → int, decimal → double, …); null for SQL NULL.</summary>
    public T Get<T>(string column)
    {
        var value = this[column];
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is null)
            return default(T) is null ? default! : throw new InvalidCastException($"column '{column}' is NULL");
        if (target.IsInstanceOfType(value)) return (T)value;
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
