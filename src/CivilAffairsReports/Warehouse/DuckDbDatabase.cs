using CivilAffairsReports.Warehouse.Native;

namespace CivilAffairsReports.Warehouse;

/// <summary>An open DuckDB database file (or in-memory database for ":memory:").</summary>
internal sealed class DuckDbDatabase : IDisposable
{
    private readonly DatabaseHandle _handle;

    private DuckDbDatabase(DatabaseHandle handle) => _handle = handle;

    public static DuckDbDatabase Open(string path)
    {
        var inMemory = path == ":memory:";
        if (!inMemory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        var state = DuckDbNative.OpenExt(inMemory ? null : path, out var pointer, IntPtr.Zero, out var error);
        if (state != DuckDbNative.State.Success)
        {
            var message = DuckDbNative.Owned(error) ?? "unknown error";
            if (pointer != IntPtr.Zero) DuckDbNative.Close(ref pointer);
            throw new DuckDbException($"无法打开数据仓库 {path}：{message}");
        }
        return new DuckDbDatabase(new DatabaseHandle(pointer));
    }

    public DuckDbConnection Connect()
    {
        if (DuckDbNative.Connect(_handle, out var pointer) != DuckDbNative.State.Success)
            throw new DuckDbException("无法连接数据仓库 (duckdb_connect failed)");
        return new DuckDbConnection(new ConnectionHandle(pointer));
    }

    public void Dispose() => _handle.Dispose();
}
