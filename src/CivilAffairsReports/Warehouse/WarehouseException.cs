namespace CivilAffairsReports.Warehouse;

/// <summary>The warehouse file could not be opened or written; the message names the file and says why.</summary>
internal sealed class WarehouseException(string message, Exception? inner = null) : Exception(message, inner);
