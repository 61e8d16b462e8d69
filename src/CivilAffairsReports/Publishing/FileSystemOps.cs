using System.Runtime.InteropServices;

namespace CivilAffairsReports.Publishing;

/// <summary>
/// The two file-system operations .NET lacks: swapping two folders in one atomic step (Linux renameat2 with
/// RENAME_EXCHANGE) and hard links (link() on Unix, CreateHardLinkW on NTFS). Callers fall back when they fail.
/// </summary>
internal static partial class FileSystemOps
{
    // The versioned name: plain "libc" resolves to libc.so, which is a linker script where the dev package is installed.
    private const string LinuxLibc = "libc.so.6";
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport(LinuxLibc, EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport(LinuxLibc, EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);

    [LibraryImport("kernel32", EntryPoint = "CreateHardLinkW", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkWindows(string created, string existing, nint securityAttributes);

    /// <summary>Swaps two existing folders atomically; false where the platform or file system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    /// <summary>A hard link, or a copy where links are not possible (FAT, another volume, no permission).</summary>
    public static void LinkOrCopy(string existing, string created)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(created)!);
        if (TryLink(existing, created)) return;
        File.Copy(existing, created);
    }

    private static bool TryLink(string existing, string created)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkWindows(created, existing, 0) : Link(existing, created) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }
}
