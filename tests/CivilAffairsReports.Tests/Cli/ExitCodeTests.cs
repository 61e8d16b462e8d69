using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Cli;

/// <summary>The console program as staff run it: messages in Chinese, exit codes as documented in README.md.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    [Fact]
    public void Extract_with_a_bad_document_names_it_and_exits_2_after_writing_the_rest()
    {
        File.Copy(Directory.GetFiles(RepositoryPaths.Seeds, "000_*.txt").Single(), _folder.File("000.txt"));
        File.WriteAllBytes(_folder.File("bad.txt"), [0xFF, 0xFE, 0x00, 0xD8]); // UTF-16 with a lone surrogate
        var (code, output) = ConsoleProgram.Run("extract", "--input", _folder.Path, "--output", _folder.File("out.csv"));
        Assert.Equal(2, code);
        Assert.Contains("bad.txt", output);
        Assert.Equal(14, File.ReadAllLines(_folder.File("out.csv")).Length); // header + 13 figures of 青浦
    }

    [Fact]
    public void A_missing_input_folder_fails_with_exit_4_and_says_so_in_chinese()
    {
        var (code, output) = ConsoleProgram.Run("run", "--input", _folder.File("nope"), "--reports", _folder.File("reports"),
            "--database", _folder.File("w.duckdb"));
        Assert.Equal(4, code);
        Assert.Contains("输入文件夹不存在", output);
        Assert.Contains("上一期报告保持不变", output);
        Assert.False(Directory.Exists(_folder.File("reports")));
    }

    [Fact]
    public void Progress_templates_need_a_warehouse_and_a_well_formed_month()
    {
        var (noDb, output) = ConsoleProgram.Run("progress-template", "--month", "2025-06", "--output", _folder.File("t"),
            "--database", _folder.File("none.duckdb"));
        Assert.Equal(4, noDb);
        Assert.Contains("请先运行 ./run.sh", output);
        var (badMonth, _) = ConsoleProgram.Run("progress-template", "--month", "2025-13", "--output", _folder.File("t"));
        Assert.Equal(4, badMonth);
    }

    [Fact]
    public void Reports_pointed_at_the_input_folder_or_its_parent_is_refused_and_deletes_nothing()
    {
        var input = Directory.CreateDirectory(_folder.File("seeds")).FullName;
        File.Copy(Directory.GetFiles(RepositoryPaths.Seeds, "000_*.txt").Single(), Path.Combine(input, "000.txt"));
        foreach (var reports in new[] { input, _folder.Path })
        {
            var (code, output) = ConsoleProgram.Run("run", "--input", input, "--reports", reports, "--database", _folder.File("warehouse/w.duckdb"));
            Assert.Equal(4, code);
            Assert.Contains("是输入文件夹", output);
            Assert.DoesNotContain("   at ", output);
            Assert.True(File.Exists(Path.Combine(input, "000.txt")));
        }
    }

    [Fact]
    public void A_corrections_path_that_is_missing_or_a_folder_is_an_error_not_an_empty_file()
    {
        File.Copy(Directory.GetFiles(RepositoryPaths.Seeds, "000_*.txt").Single(), _folder.File("000.txt"));
        var (missing, output) = ConsoleProgram.Run("extract", "--input", _folder.Path, "--output", _folder.File("out.csv"), "--corrections", _folder.File("nope.yaml"));
        Assert.Equal(4, missing);
        Assert.Contains("复核更正文件不存在", output);
        var (folder, folderOutput) = ConsoleProgram.Run("extract", "--input", _folder.Path, "--output", _folder.File("out.csv"), "--corrections", _folder.Path);
        Assert.Equal(4, folder);
        Assert.Contains("是一个文件夹", folderOutput);
    }

    [Fact]
    public void Progress_templates_refuse_a_month_outside_the_plan_year()
    {
        SeedWarehouse.LoadAndAnalyse(_folder.File("w.duckdb"), RepositoryPaths.Seeds);   // 2025 plans
        var (code, output) = ConsoleProgram.Run("progress-template", "--month", "2026-11", "--output", _folder.File("t"),
            "--database", _folder.File("w.duckdb"));
        Assert.Equal(4, code);
        Assert.Contains("不在计划年度内", output);
        Assert.Contains("2025 年工作要点", output);
        Assert.False(Directory.Exists(_folder.File("t")));
        var (ok, _) = ConsoleProgram.Run("progress-template", "--month", "2025-11", "--output", _folder.File("t"),
            "--database", _folder.File("w.duckdb"));
        Assert.Equal(0, ok);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (code, _) = ConsoleProgram.Run("run", "--no-such-option");
        Assert.Equal(1, code);
    }

    public void Dispose() => _folder.Dispose();
}
