namespace CivilAffairsReports.Corpus;

/// <summary>A problem that stops the generator; the message says what to do.</summary>
internal sealed class CorpusError(string message) : Exception(message);
