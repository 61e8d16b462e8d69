using System.Runtime.InteropServices;

namespace CivilAffairsReports.Warehouse.Native;

/// <summary>duckdb_database; closed exactly once, even if the owner forgets.</summary>
internal sealed class DatabaseHandle() : SafeHandle(IntPtr.Zero, ownsHandle: true)
{
    public DatabaseHandle(IntPtr pointer) : this() => SetHandle(pointer);
    public override bool IsInvalid => handle == IntPtr.Zero;
    protected override bool ReleaseHandle() { DuckDbNative.Close(ref handle); return true; }
}

/// <summary>duckdb_connection.</summary>
internal sealed class ConnectionHandle() : SafeHandle(IntPtr.Zero, ownsHandle: true)
{
    public ConnectionHandle(IntPtr pointer) : this() => SetHandle(pointer);
    public override bool IsInvalid => handle == IntPtr.Zero;
    protected override bool ReleaseHandle() { DuckDbNative.Disconnect(ref handle); return true; }
}

/// <summary>duckdb_prepared_statement.</summary>
internal sealed class PreparedHandle() : SafeHandle(IntPtr.Zero, ownsHandle: true)
{
    public PreparedHandle(IntPtr pointer) : this() => SetHandle(pointer);
    public override bool IsInvalid => handle == IntPtr.Zero;
    protected override bool ReleaseHandle() { DuckDbNative.DestroyPrepare(ref handle); return true; }
}
