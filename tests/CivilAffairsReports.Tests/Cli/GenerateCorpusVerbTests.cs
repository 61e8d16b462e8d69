using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Cli;

/// <summary>generate-corpus and extract --threads as a user runs them.</summary>
public class GenerateCorpusVerbTests
{
    [Fact]
    public void Generates_a_corpus_that_extract_reads_whole_on_one_thread_and_on_all()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        var corpus = folder.File("corpus");
        var (code, output) = ConsoleProgram.Run("generate-corpus", "--seed", "4", "--documents", "12", "--output", corpus);
        Assert.Equal(0, code);
        Assert.Contains("已生成 12 份文件", output);
        Assert.Equal(12, Directory.GetFiles(corpus, "*.txt").Length);

        var (serialCode, _) = ConsoleProgram.Run("extract", "--input", corpus, "--output", folder.File("serial.csv"), "--threads", "1");
        var (parallelCode, parallelOutput) = ConsoleProgram.Run("extract", "--input", corpus, "--output", folder.File("parallel.csv"));
        Assert.Equal(0, serialCode);
        Assert.Equal(0, parallelCode);
        Assert.Contains("来自 12 份文件", parallelOutput);
        Assert.Equal(File.ReadAllBytes(folder.File("serial.csv")), File.ReadAllBytes(folder.File("parallel.csv")));
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_refused_in_chinese_without_a_stack_trace()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        File.WriteAllText(folder.File("plan.txt"), "mine");
        var (code, output) = ConsoleProgram.Run("generate-corpus", "--documents", "5", "--output", folder.Path);
        Assert.Equal(4, code);
        Assert.Contains("不是空的", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Equal("mine", File.ReadAllText(folder.File("plan.txt")));
    }
}
