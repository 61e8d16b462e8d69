using CivilAffairsReports.Analysis;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Warehouse;

namespace CivilAffairsReports.Tests.Support;

/// <summary>Documents loaded into a DuckDB file on disk through the real stages, then analysed.</summary>
internal static class SeedWarehouse
{
    public static AnalysisResult LoadAndAnalyse(string databasePath, string inputFolder, ReferenceData? reference = null)
    {
        var extractor = new TargetExtractor(IndicatorCatalog.Load());
        using var store = WarehouseStore.Open(databasePath);
        var run = store.BeginRun(inputFolder, DateTime.Now);
        store.LoadCatalog(IndicatorCatalog.Load());
        store.Load(run, DocumentReader.ReadDirectory(inputFolder).Documents.Select(d => DocumentExtraction.Run(extractor, d)).ToList());
        store.LoadReferenceData(reference ?? ReferenceData.Load());
        var analysis = AnalysisRunner.Run(store.Connection);
        store.FinishRun(run, "published", null, null); // as the batch does, so a later verb reads this run as current
        return analysis;
    }
}
