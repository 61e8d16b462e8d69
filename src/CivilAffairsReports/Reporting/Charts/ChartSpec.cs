using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivilAffairsReports.Reporting.Charts;

/// <summary>A chart for the report: an id (file-name safe), a caption, and its Apache ECharts option as JSON.</summary>
internal sealed record ChartSpec(string Id, string Title, JsonObject Option, int Height)
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default, // escapes <, >, & so the JSON is safe inside HTML
    };

    public string OptionJson() => Option.ToJsonString(Compact);
}
