using System.Diagnostics;

namespace CivilAffairsReports.Documents;

/// <summary>
/// Word 97–2003 (.doc), WPS and RTF files through an installed LibreOffice in headless mode: converted to DOCX in a
/// temporary folder and read like any DOCX, so tables survive. Where LibreOffice is not installed the message names
/// the file and how to install it.
/// </summary>
internal static class OfficeConverter
{
    /// <summary>Tests point this at a missing program to see the message a machine without LibreOffice gives.</summary>
    internal static string? ProgramOverride { get; set; }

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static ExtractedText Read(string fileName, byte[] bytes, InputFormat format)
    {
        var kind = format switch { InputFormat.Wps => "WPS 文件", InputFormat.Rtf => "RTF 文件", _ => "Word 97–2003 文件（.doc）" };
        var soffice = FindLibreOffice() ?? throw new DocumentReadException(fileName,
            $"{kind}需要 LibreOffice 才能读取，本机未安装。请安装后重新运行：Debian/Ubuntu 执行 " +
            "sudo apt-get install libreoffice-writer-nogui；Windows 安装 LibreOffice（或用 WPS/Word 将文件另存为 .docx 后放入）");

        var work = Directory.CreateTempSubdirectory("civil-affairs-office-");
        try
        {
            // A plain ASCII name: LibreOffice names its output after the input, and the input name is the user's.
            var extension = format switch { InputFormat.Wps => ".wps", InputFormat.Rtf => ".rtf", _ => ".doc" };
            var input = Path.Combine(work.FullName, "input" + extension);
            File.WriteAllBytes(input, bytes);
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList = { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work.FullName, input },
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new DocumentReadException(fileName, $"无法启动 LibreOffice（{soffice}）");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new DocumentReadException(fileName, $"LibreOffice 转换{kind}超时（{Timeout.TotalSeconds:0} 秒）");
            }
            var output = Path.Combine(work.FullName, "input.docx");
            if (!File.Exists(output))
                throw new DocumentReadException(fileName, $"LibreOffice 未能转换该{kind}（可能已损坏或加密）：{stderr.Result.Trim()}");
            return DocxTextReader.Read(fileName, File.ReadAllBytes(output), format.ToString().ToLowerInvariant() + "→docx");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(fileName, $"调用 LibreOffice 转换{kind}失败：{e.Message}");
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } // our own temporary folder only
        }
    }

    private static string? FindLibreOffice()
    {
        if (ProgramOverride is not null) return File.Exists(ProgramOverride) ? ProgramOverride : null;
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var candidates = path.SelectMany(dir => names.Select(n => Path.Combine(dir, n)));
        if (OperatingSystem.IsWindows())
            candidates = candidates.Concat(new[] { "ProgramFiles", "ProgramFiles(x86)" }
                .Select(Environment.GetEnvironmentVariable).OfType<string>()
                .Select(dir => Path.Combine(dir, "LibreOffice", "program", "soffice.exe")));
        else candidates = candidates.Concat(["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]);
        return candidates.FirstOrDefault(File.Exists);
    }
}
