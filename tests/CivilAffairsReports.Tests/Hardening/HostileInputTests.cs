using System.IO.Compression;
using System.Text;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Progress;
using CivilAffairsReports.Review;
using CivilAffairsReports.Tests.Support;
using CivilAffairsReports.Warehouse;
using Xunit.Abstractions;

namespace CivilAffairsReports.Tests.Hardening;

/// <summary>
/// Bad inputs generated from the real seeds, as users and attackers make them: every one is either read or rejected
/// with a message naming the file (and row/column or offset), never an exception from inside a library; figures stay
/// within what a plan can mean and keep their sign; the warehouse and the workbook take whatever a document holds.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Load();
    static HostileInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    private static readonly decimal Limit = 10_000_000_000_000m;
    private static string Seed(string prefix) => Directory.GetFiles(RepositoryPaths.Seeds, prefix + "_*.txt").Single();

    private static readonly (string Name, string Text)[] Injections =
    [
        ("esc", "\u001b[31m"), ("nul", "\0"), ("bell-formfeed", "\a\f\v"), ("30-digits", "新增123456789012345678901234567890家"),
        ("100k-digits", "新增" + new string('9', 100_000) + "家"), ("arabic-indic", "新增٣٠家养老机构"), ("devanagari", "新增३०家养老机构"),
        ("negative", "新增-5家社区食堂"), ("minus-sign", "新增−5张床位"), ("small-hyphen", "新增﹣12名"), ("formula", "=HYPERLINK(\"http://x\",\"点击\")新增3家"),
        ("script", "<script>alert(1)</script>新增4家"), ("huge-magnitude", "新增99999999999999亿元，建设9999999999亿张床位"),
        ("decimal-overflow", "达到99999999999999999999名"), ("bidi", "\u202e新增5家\u202c"), ("fullwidth", "新增１２０家"),
    ];

    [Fact]
    public void Two_hundred_and_more_bad_documents_returns_and_corrections_are_each_handled_with_a_clear_message()
    {
        var documents = BadDocuments();
        var returns = BadReturns();
        var corrections = BadCorrections();
        output.WriteLine($"documents: {documents.Tried} tried, {documents.Read} read, {documents.Rejected} rejected with a message naming the file");
        output.WriteLine($"returns: {returns.Tried} tried, {returns.Read} imported, {returns.Rejected} rejected with a message naming the file");
        output.WriteLine($"corrections: {corrections.Tried} tried, {corrections.Read} loaded, {corrections.Rejected} rejected with a message naming the file");
        Console.WriteLine($"hostile inputs: {documents.Tried + returns.Tried + corrections.Tried} tried ({documents.Tried} documents, {returns.Tried} returns, {corrections.Tried} corrections), all handled");
        Assert.True(documents.Tried + returns.Tried + corrections.Tried >= 200);
        Assert.True(documents.Rejected > 0 && returns.Rejected > 0 && corrections.Rejected > 0);
    }

    private sealed record Tally(int Tried, int Read, int Rejected);

    private Tally BadDocuments()
    {
        var folder = Directory.CreateDirectory(_folder.File("documents")).FullName;
        var baseText = File.ReadAllText(Seed("000"));
        var variants = new List<(string Name, byte[] Bytes)>();
        for (var position = 0; position < 6; position++)
            foreach (var (name, text) in Injections)
            {
                var at = baseText.IndexOf('。', baseText.Length * (position + 1) / 7);
                variants.Add(($"{name}-{position}.txt", Encoding.UTF8.GetBytes(baseText.Insert(at + 1, text))));
            }
        var random = new Random(11);
        var utf8 = Encoding.UTF8.GetBytes(baseText);
        variants.Add(("empty.txt", []));
        variants.Add(("whitespace.txt", Encoding.UTF8.GetBytes(" \n\t\r\n　")));
        variants.Add(("bom-only.txt", [0xEF, 0xBB, 0xBF]));
        variants.Add(("utf16-odd.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42]));
        variants.Add(("utf16-lone-surrogate.txt", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]));
        variants.Add(("cut-mid-character.txt", utf8[..(utf8.Length / 2 + 1)]));
        variants.Add(("gb18030.txt", Encoding.GetEncoding("GB18030").GetBytes(baseText)));
        variants.Add(("nul-everywhere.txt", utf8.SelectMany(b => new[] { b, (byte)0 }).ToArray()));
        for (var i = 0; i < 8; i++)
        {
            var bytes = new byte[random.Next(1, 5000)];
            random.NextBytes(bytes);
            variants.Add(($"random-{i}.txt", bytes));
            var mutated = (byte[])utf8.Clone();
            for (var k = 0; k < 50; k++) mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            variants.Add(($"mutated-{i}.txt", mutated));
        }

        using var store = WarehouseStore.Open(_folder.File("documents.duckdb"));
        store.LoadCatalog(Catalog);
        var run = store.BeginRun(folder, DateTime.Now);
        var extractor = new TargetExtractor(Catalog);
        int read = 0, rejected = 0;
        var evidence = new List<string>();
        foreach (var (name, bytes) in variants)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            try
            {
                var document = DocumentReader.Read(path);
                var extraction = DocumentExtraction.Run(extractor, document);
                Assert.All(extraction.Figures, f => Assert.True(f.Value >= 0 && f.Value < Limit && (f.ValueMax ?? 0) < Limit, $"{name}: {f.Value} {f.Evidence}"));
                foreach (var signed in new[] { "-5家", "−5张", "﹣12名" })
                {
                    // The number after the sign is never taken as a positive figure.
                    var at = document.DecodedText.IndexOf(signed, StringComparison.Ordinal);
                    if (at >= 0) Assert.DoesNotContain(extraction.Figures, f => f.ValueStart == at + 1);
                }
                store.Load(run, extraction); // DECIMAL(18,4) takes every figure that passed
                evidence.AddRange(extraction.Figures.Select(f => f.Evidence));
                evidence.Add(document.DecodedText[..Math.Min(500, document.DecodedText.Length)]);
                read++;
            }
            catch (Exception e) when (e is DocumentReadException or DocumentSkippedException)
            {
                // Refused (bytes that do not decode) or skipped (not a text document at all): either way named, never a crash.
                Assert.Contains(name, e.Message);
                rejected++;
            }
        }
        // Whatever the documents held (ESC, NUL, lone surrogates) goes into a workbook without breaking it.
        var xlsx = _folder.File("evidence.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, evidence.Select(e => new Dictionary<string, object?> { ["原文依据"] = global::CivilAffairsReports.Reporting.WorkbookExporter.Inert(e) }));
        Assert.Equal(evidence.Count, MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true).Count());
        return new Tally(variants.Count, read, rejected);
    }

    private Tally BadReturns()
    {
        var folder = Directory.CreateDirectory(_folder.File("returns")).FullName;
        using var store = WarehouseStore.Open(_folder.File("returns.duckdb"));
        var run = store.BeginRun(RepositoryPaths.Seeds, DateTime.Now);
        store.LoadCatalog(Catalog);
        var extractor = new TargetExtractor(Catalog);
        store.Load(run, DocumentExtraction.Run(extractor, DocumentReader.Read(Seed("000"))));
        var example = File.ReadAllLines(Path.Combine(RepositoryPaths.Fixtures, "progress-examples", "example-qingpu-2025-06.csv"));
        var header = example[0];
        var rows = example.Skip(1).ToList();
        string Csv(IEnumerable<string> lines) => string.Join("\r\n", lines) + "\r\n";
        string WithCell(int row, int column, string value) =>
            Csv(example.Select((l, i) => i == row ? string.Join(",", l.Split(',').Select((c, k) => k == column ? value : c)) : l));

        var variants = new List<(string Name, byte[] Bytes, bool ShouldImport)>();
        void Add(string name, string text, bool ok, Encoding? encoding = null) => variants.Add((name, (encoding ?? new UTF8Encoding(true)).GetBytes(text), ok));
        Add("valid.csv", Csv(example), true);
        Add("gb18030.csv", Csv(example), true, Encoding.GetEncoding("GB18030"));
        Add("no-bom.csv", Csv(example), true, new UTF8Encoding(false));
        Add("lf-only.csv", string.Join("\n", example) + "\n", true);
        for (var row = 1; row <= Math.Min(6, rows.Count); row++)
        {
            Add($"fullwidth-{row}.csv", WithCell(row, 7, "１"), true);
            Add($"thousands-{row}.csv", WithCell(row, 7, "\"1,000\""), true);
            // A short row is read like the cells Excel leaves out: the missing ones are empty (not reported).
            Add($"short-row-{row}.csv", Csv(example.Select((l, i) => i == row ? string.Join(",", l.Split(',').Take(5)) : l)), true);
            Add($"unbalanced-quote-{row}.csv", WithCell(row, 8, "\"未闭合"), false);
            Add($"30-digits-{row}.csv", WithCell(row, 7, "123456789012345678901234567890"), false);
            Add($"100k-digits-{row}.csv", WithCell(row, 7, new string('9', 1_000)), false);
            Add($"negative-{row}.csv", WithCell(row, 7, "-5"), false);
            Add($"chinese-number-{row}.csv", WithCell(row, 7, "三百"), false);
            Add($"formula-{row}.csv", WithCell(row, 7, "=1+1"), false);
            Add($"wrong-month-{row}.csv", WithCell(row, 0, "2025-13"), false);
            Add($"unknown-indicator-{row}.csv", WithCell(row, 3, "no_such_indicator"), false);
            Add($"esc-remark-{row}.csv", WithCell(row, 8, "\u001b[2J备注"), true);
            Add($"arabic-indic-{row}.csv", WithCell(row, 7, "٣"), true);
        }
        Add("empty.csv", "", false);
        Add("header-only.csv", header + "\r\n", false);
        Add("missing-column.csv", Csv(example.Select(l => string.Join(",", l.Split(',').Take(7)))), false);
        Add("huge-cell.csv", WithCell(1, 8, new string('备', 5_000)), false);
        Add("many-rows.csv", Csv(example.Concat(Enumerable.Repeat(rows[0], ProgressSheet.MaxRows + 10))), false);
        Add("many-columns.csv", Csv(example.Select(l => l + new string(',', 300))), false);
        Add("utf16.csv", Csv(example), false, Encoding.Unicode);
        Add("two-districts.csv", Csv(example.Append(rows[0].Replace("310118", "310117"))), false);
        var random = new Random(7);
        for (var i = 0; i < 4; i++)
        {
            var bytes = new byte[random.Next(10, 3000)];
            random.NextBytes(bytes);
            variants.Add(($"random-{i}.csv", bytes, false));
            variants.Add(($"random-{i}.xlsx", bytes, false));
        }

        // Workbooks as Excel and WPS save them, and broken ones.
        var table = ExcelLikeWorkbook.RowsFromCsv(Path.Combine(RepositoryPaths.Fixtures, "progress-examples", "example-qingpu-2025-06.csv"));
        byte[] Workbook(IReadOnlyList<IReadOnlyList<object?>> t, string sheet = ProgressSheet.SheetName, params string[] before)
        {
            var path = _folder.File(Guid.NewGuid().ToString("N") + ".xlsx");
            ExcelLikeWorkbook.Write(path, t, sheet, before);
            return File.ReadAllBytes(path);
        }
        List<IReadOnlyList<object?>> Changed(int row, int column, object? value) =>
            table.Select((r, i) => i == row ? (IReadOnlyList<object?>)r.Select((c, k) => k == column ? value : c).ToList() : r).ToList();
        // The product's own template, returned as sent (nothing filled in) and filled in by Excel: both read back.
        var templates = Directory.CreateDirectory(_folder.File("templates")).FullName;
        Assert.Equal(["2025-06-310118.csv", "2025-06-310118.xlsx"], ProgressImporter.WriteTemplates(store, "2025-06", templates));
        variants.Add(("template-as-sent.xlsx", File.ReadAllBytes(Path.Combine(templates, "2025-06-310118.xlsx")), true));
        variants.Add(("template-as-sent.csv", File.ReadAllBytes(Path.Combine(templates, "2025-06-310118.csv")), true));
        variants.Add(("excel.xlsx", Workbook(table), true));
        variants.Add(("several-sheets.xlsx", Workbook(table, "Sheet3", "说明", "Sheet1"), true));
        variants.Add(("month-as-date.xlsx", Workbook(Changed(1, 0, 45809d)), true)); // Excel's serial for 2025-06-01
        for (var row = 1; row <= Math.Min(4, rows.Count); row++)
        {
            variants.Add(($"formula-{row}.xlsx", Workbook(Changed(row, 7, new ExcelLikeWorkbook.Formula("1+0", 1))), true));
            variants.Add(($"text-number-{row}.xlsx", Workbook(Changed(row, 7, "三百")), false));
            variants.Add(($"30-digits-{row}.xlsx", Workbook(Changed(row, 7, 1e30)), false));
            variants.Add(($"negative-{row}.xlsx", Workbook(Changed(row, 7, -5d)), false));
            variants.Add(($"fullwidth-{row}.xlsx", Workbook(Changed(row, 7, "２")), true));
        }
        variants.Add(("text-renamed.xlsx", Encoding.UTF8.GetBytes(Csv(example)), false));
        variants.Add(("empty.xlsx", [], false));
        variants.Add(("empty-zip.xlsx", Zip(), false));
        variants.Add(("no-sheet.xlsx", Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>")), false));
        variants.Add(("malformed-xml.xlsx", Corrupt(Workbook(table), "xl/worksheets/sheet1.xml", x => x[..(x.Length / 2)]), false));
        variants.Add(("bad-shared-string.xlsx", Corrupt(Workbook(table), "xl/worksheets/sheet1.xml", x => x.Replace("<x:v>0</x:v>", "<x:v>99999</x:v>").Replace("<v>0</v>", "<v>99999</v>")), false));
        variants.Add(("zip-bomb.xlsx", Corrupt(Workbook(table), "xl/worksheets/sheet1.xml", x => x + new string(' ', 60_000_000)), false));
        variants.Add(("many-rows.xlsx", Workbook(table.Concat(Enumerable.Repeat(table[1], ProgressSheet.MaxRows + 5)).ToList()), false));

        int read = 0, rejected = 0;
        foreach (var (name, bytes, shouldImport) in variants)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            try
            {
                var report = ProgressImporter.Validate(ProgressSheet.Read(path), "2025-06", store, new ProgressSettings(10, 10, 1.5m));
                Assert.True(shouldImport, $"{name} should have been rejected");
                Assert.All(report.Values, v => Assert.True(v.Completed is null or >= 0));
                read++;
            }
            catch (ProgressFileError e)
            {
                Assert.False(shouldImport, $"{name}: {e.Message}");
                Assert.StartsWith(name + "：", e.Message);
                if (name.Contains("digits") || name.Contains("negative") || name.Contains("chinese-number") || name.StartsWith("text-number"))
                    Assert.Matches(@"第 \d+ 行 H 列", e.Message);
                rejected++;
            }
        }
        return new Tally(variants.Count, read, rejected);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write(text);
        return memory.ToArray();
    }

    private static byte[] Corrupt(byte[] xlsx, string entryName, Func<string, string> change)
    {
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml"));
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open());
            writer.Write(change(text));
        }
        return memory.ToArray();
    }

    private Tally BadCorrections()
    {
        var folder = Directory.CreateDirectory(_folder.File("corrections")).FullName;
        var document = DocumentReader.Read(Seed("001"));
        var valid = $$"""
            corrections:
              - {action: correct, document: {{document.FileName}}, indicator: one_touch_emergency_service, value: 8000,
                 set: {measure: cumulative}, who: 王某, when: 2025-04-02, why: 累计覆盖人数}
              - {action: reject, document: {{document.ContentHash[..12]}}, indicator: professional_day_care, value: 1, who: 王某, when: 2025-04-02, why: 不列入}
              - action: confirm
                document: {{document.Metadata.DocumentNumber}}
                indicator: caregiver_certification_rate
                value: 85
                who: 李某
                when: 2025-04-03
                why: 核对一致
            """;
        var variants = new List<(string Name, byte[]? Bytes)>();
        void Add(string name, string text, Encoding? encoding = null) => variants.Add((name, (encoding ?? Encoding.UTF8).GetBytes(text)));
        Add("valid.yaml", valid);
        Add("gbk.yaml", valid, Encoding.GetEncoding("GB18030"));
        Add("empty-list.yaml", "corrections:\n");
        Add("empty-brackets.yaml", "corrections: []\n");
        Add("tilde-entry.yaml", "corrections:\n  - ~\n");
        Add("dash-entry.yaml", "corrections:\n  -\n");
        Add("empty.yaml", "");
        Add("top-level-list.yaml", "- a\n- b\n");
        Add("scalar.yaml", "hello");
        Add("30-digits.yaml", valid.Replace("value: 85", "value: 123456789012345678901234567890"));
        Add("1e400.yaml", valid.Replace("value: 85", "value: 1e400"));
        Add("huge-set.yaml", valid.Replace("measure: cumulative", "value: 99999999999999999999"));
        Add("negative.yaml", valid.Replace("value: 85", "value: -5"));
        Add("unknown-action.yaml", valid.Replace("action: confirm", "action: approve"));
        Add("unknown-indicator.yaml", valid.Replace("caregiver_certification_rate", "no_such"));
        Add("no-who.yaml", valid.Replace("who: 李某", "who: ''"));
        Add("unmatched-document.yaml", valid.Replace(document.FileName, "renamed-and-gone.txt"));
        Add("tabs.yaml", valid.Replace("  - {action: reject", "\t- {action: reject"));
        Add("deep.yaml", "corrections: " + new string('[', 300) + new string(']', 300));
        Add("big.yaml", "corrections: []\n#" + new string('x', 2_100_000));
        Add("esc.yaml", valid.Replace("核对一致", "核对\u001b一致"));
        var random = new Random(5);
        for (var cut = 1; cut <= 30; cut++) Add($"truncated-{cut}.yaml", valid[..(valid.Length * cut / 31)]);
        for (var i = 0; i < 6; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(valid);
            for (var k = 0; k < 5; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            variants.Add(($"mutated-{i}.yaml", bytes));
        }
        variants.Add(("missing.yaml", null));
        variants.Add(("a-folder.yaml", null));
        Directory.CreateDirectory(Path.Combine(folder, "a-folder.yaml"));

        int read = 0, rejected = 0;
        foreach (var (name, bytes) in variants)
        {
            var path = Path.Combine(folder, name);
            if (bytes is not null) File.WriteAllBytes(path, bytes);
            try
            {
                var corrections = ReviewedCorrections.Load(path, Catalog);
                Assert.All(corrections.Problems, p => Assert.Contains(path, p));
                var extraction = DocumentExtraction.Run(new TargetExtractor(Catalog), document);
                var (_, audit) = corrections.Apply(extraction);
                var unmatched = corrections.Unmatched([document]);
                if (name == "valid.yaml" || name == "gbk.yaml")
                {
                    Assert.Empty(corrections.Problems);
                    Assert.Equal(3, audit.Count(a => a.Applied)); // by file name, by hash prefix, by document number
                    Assert.Empty(unmatched);
                }
                if (name == "unmatched-document.yaml") Assert.Contains(unmatched, u => u.Problem!.Contains("renamed-and-gone.txt"));
                if (name is "30-digits.yaml" or "huge-set.yaml" or "negative.yaml" or "unknown-action.yaml") Assert.NotEmpty(corrections.Problems);
                read++;
            }
            catch (CorrectionsError e)
            {
                Assert.Contains(path, e.Message);
                Assert.DoesNotContain(name, new[] { "valid.yaml", "gbk.yaml", "empty-brackets.yaml" });
                rejected++;
            }
        }
        return new Tally(variants.Count, read, rejected);
    }

    public void Dispose() => _folder.Dispose();
}
