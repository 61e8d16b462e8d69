using System.Diagnostics;

namespace CivilAffairsReports.Tests.Support;

/// <summary>Reads PDFs back the way a person's tools would: poppler's pdftotext, pdfinfo, pdffonts.</summary>
internal static class Poppler
{
    public static string Text(string pdf) => Run("pdftotext", "-layout", pdf, "-");

    /// <summary>Text in reading order, cell by cell (-layout would interleave the columns of a table).</summary>
    public static string ReadingOrderText(string pdf) => Run("pdftotext", pdf, "-");
    public static string Info(string pdf) => Run("pdfinfo", pdf);
    public static string Fonts(string pdf) => Run("pdffonts", pdf);

    public static int Pages(string pdf) =>
        int.Parse(Info(pdf).Split('\n').First(l => l.StartsWith("Pages:")).Split(':')[1].Trim());

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        return output;
    }
}
