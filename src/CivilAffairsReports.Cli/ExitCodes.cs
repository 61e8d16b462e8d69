namespace CivilAffairsReports.Cli;

/// <summary>Exit codes, documented in README.md. 0 only when everything was published.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int UsageError = 1;          // System.CommandLine's own code for a bad command line
    public const int PartlyPublished = 2;     // published, but some documents could not be read (listed)
    public const int MissingDependency = 3;   // browser missing or not starting, no Chinese font, DuckDB library missing
    public const int Failed = 4;              // nothing published; the previous edition is untouched
}
