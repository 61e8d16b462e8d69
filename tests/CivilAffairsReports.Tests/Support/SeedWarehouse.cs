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
        foreach (var document in DocumentReader.ReadDirectory(inputFolder).Documents)
            store.Load(run, DocumentExtraction.Run(extractor, document));
        store.LoadReferenceData(reference ?? ReferenceData.Load());
        return AnalysisRunner.Run(store.Connection);
    }
}
