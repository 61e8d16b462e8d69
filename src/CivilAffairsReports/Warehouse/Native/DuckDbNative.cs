using System.Runtime.InteropServices;

namespace CivilAffairsReports.Warehouse.Native;

/// <summary>
/// The DuckDB C API (duckdb.h), only the calls this product uses. Nothing outside Warehouse/ calls these.
/// The native library (libduckdb.so / duckdb.dll / libduckdb.dylib) is copied next to the assembly from npm.
/// </summary>
internal static partial class DuckDbNative
{
    private const string Library = "duckdb";

    public enum State { Success = 0, Error = 1 }

    /// <summary>duckdb_type values this layer reads.</summary>
    public enum ColumnType
    {
        Boolean = 1, TinyInt = 2, SmallInt = 3, Integer = 4, BigInt = 5, UTinyInt = 6, USmallInt = 7, UInteger = 8,
        UBigInt = 9, Float = 10, Double = 11, Timestamp = 12, Date = 13, Time = 14, Interval = 15, HugeInt = 16,
        Varchar = 17, Blob = 18, Decimal = 19,
    }

    /// <summary>duckdb_result: six pointer-sized fields, of which only internal_data matters to the API.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Result
    {
        private readonly ulong _columnCount;
        private readonly ulong _rowCount;
        private readonly ulong _rowsChanged;
        private readonly IntPtr _columns;
        private readonly IntPtr _errorMessage;
        private readonly IntPtr _internalData;
    }

    [LibraryImport(Library, EntryPoint = "duckdb_open_ext", StringMarshalling = StringMarshalling.Utf8)]
    public static partial State OpenExt(string? path, out IntPtr database, IntPtr config, out IntPtr error);

    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    public static partial void Close(ref IntPtr database);

    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    public static partial State Connect(DatabaseHandle database, out IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    public static partial void Disconnect(ref IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_query", StringMarshalling = StringMarshalling.Utf8)]
    public static partial State Query(ConnectionHandle connection, string sql, out Result result);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    public static partial void DestroyResult(ref Result result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    public static partial IntPtr ResultError(ref Result result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    public static partial ulong ColumnCount(ref Result result);

    [LibraryImport(Library, EntryPoint = "duckdb_row_count")]
    public static partial ulong RowCount(ref Result result);

    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    public static partial ulong RowsChanged(ref Result result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    public static partial IntPtr ColumnName(ref Result result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_type")]
    public static partial ColumnType GetColumnType(ref Result result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_value_is_null")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ValueIsNull(ref Result result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_value_varchar")]
    public static partial IntPtr ValueVarchar(ref Result result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_value_int64")]
    public static partial long ValueInt64(ref Result result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_value_double")]
    public static partial double ValueDouble(ref Result result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_value_boolean")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ValueBoolean(ref Result result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_value_date")]
    public static partial int ValueDate(ref Result result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_value_timestamp")]
    public static partial long ValueTimestamp(ref Result result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare", StringMarshalling = StringMarshalling.Utf8)]
    public static partial State Prepare(ConnectionHandle connection, string sql, out IntPtr statement);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    public static partial IntPtr PrepareError(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    public static partial void DestroyPrepare(ref IntPtr statement);

    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    public static partial ulong ParameterCount(PreparedHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_varchar", StringMarshalling = StringMarshalling.Utf8)]
    public static partial State BindVarchar(PreparedHandle statement, ulong index, string value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int64")]
    public static partial State BindInt64(PreparedHandle statement, ulong index, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_double")]
    public static partial State BindDouble(PreparedHandle statement, ulong index, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_boolean")]
    public static partial State BindBoolean(PreparedHandle statement, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_date")]
    public static partial State BindDate(PreparedHandle statement, ulong index, int days);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp")]
    public static partial State BindTimestamp(PreparedHandle statement, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_null")]
    public static partial State BindNull(PreparedHandle statement, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_prepared")]
    public static partial State ExecutePrepared(PreparedHandle statement, out Result result);

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    public static partial void Free(IntPtr pointer);

    /// <summary>A C string DuckDB owns (error texts, column names): read, never freed here.</summary>
    public static string? Borrowed(IntPtr text) => text == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(text);

    /// <summary>A C string the caller owns (duckdb_value_varchar): read, then freed with duckdb_free.</summary>
    public static string? Owned(IntPtr text)
    {
        if (text == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(text); }
        finally { Free(text); }
    }
}
