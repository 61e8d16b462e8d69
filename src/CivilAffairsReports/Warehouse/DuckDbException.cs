namespace CivilAffairsReports.Warehouse;

/// <summary>Every failure at the DuckDB boundary: carries DuckDB's own message and, when there was one, the SQL.</summary>
internal sealed class DuckDbException(string message, string? sql = null)
    : Exception(sql is null ? message : $"{message}\nSQL: {Abbreviate(sql)}")
{
    public string EngineMessage { get; } = message;

    private static string Abbreviate(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return oneLine.Length > 200 ? oneLine[..200] + "…" : oneLine;
    }
}
