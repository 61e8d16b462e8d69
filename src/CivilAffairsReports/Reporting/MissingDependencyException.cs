namespace CivilAffairsReports.Reporting;

/// <summary>
/// Something the machine must provide is not there (a browser, a Chinese font). The console exits with the
/// README's code 3 and the message says what to install.
/// </summary>
internal class MissingDependencyException(string message, Exception? inner = null) : Exception(message, inner);
