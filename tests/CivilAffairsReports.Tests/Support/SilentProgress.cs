using CivilAffairsReports.Pipeline;

namespace CivilAffairsReports.Tests.Support;

/// <summary>Records what the batch reported, for assertions.</summary>
internal sealed class RecordingProgress : IBatchProgress
{
    public List<string> Stages { get; } = [];
    public List<string> Warnings { get; } = [];
    public List<string> Steps { get; } = [];
    public void Stage(string name) => Stages.Add(name);
    public void Step(string message) => Steps.Add(message);
    public void Warn(string message) => Warnings.Add(message);
}
