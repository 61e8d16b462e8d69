using System.CommandLine;

namespace CivilAffairsReports.Cli;

/// <summary>Options more than one verb takes, defined once.</summary>
internal static class SharedOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "存放工作要点文件的文件夹：PDF、Word（.docx/.doc）、WPS、另存的网页或文本文件 (folder of work-plan documents)",
        DefaultValueFactory = _ => "seeds",
    };

    public static Option<string> Database() => new("--database")
    {
        Description = "DuckDB 数据仓库文件，跨月保存 (warehouse file, kept across months)",
        DefaultValueFactory = _ => Path.Combine("warehouse", "civil-affairs.duckdb"),
    };

    public static Option<string?> Corrections() => new("--corrections")
    {
        Description = "复核更正文件 (reviewed corrections; default: corrections/reviewed-corrections.yaml)",
    };

    public static Option<string?> Catalog() => new("--catalog")
    {
        Description = "指标目录 YAML 文件 (indicator catalog; default: the one shipped with the program)",
    };
}
