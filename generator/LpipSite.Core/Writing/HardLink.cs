using System.Runtime.InteropServices;

namespace LpipSite.Core.Writing;

/// <summary>
/// Creates hard links. .NET has no API for them (only symbolic links), so this calls the operating
/// system directly: <c>link(2)</c> from libc on Linux and macOS, <c>CreateHardLinkW</c> on Windows.
/// </summary>
internal static partial class HardLink
{
    private static volatile bool _unavailable;

    /// <summary>
    /// Makes <paramref name="newPath"/> a second name for the existing file <paramref name="existingPath"/>.
    /// Returns false, creating nothing, if that is not possible for any reason (another file system,
    /// a file system without hard links, no such file, a missing native function); the caller then
    /// writes the bytes instead.
    /// </summary>
    public static bool TryCreate(string existingPath, string newPath)
    {
        if (_unavailable)
        {
            return false;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                return CreateHardLinkW(newPath, existingPath, IntPtr.Zero);
            }

            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
            {
                return link(existingPath, newPath) == 0;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            // Fall through: never try again in this process.
        }

        _unavailable = true;
        return false;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static partial int link(string existing, string newPath);

    [LibraryImport("kernel32.dll", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string fileName, string existingFileName, IntPtr securityAttributes);
}
