using System.Text;
using LpipSite.Core.Diagnostics;

namespace LpipSite.Core.Loading;

/// <summary>Strict UTF-8 decoding with a located error; strips a BOM and normalises line endings to LF.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = LineAndColumn(bytes, offset);
            diagnostics.Error(new SourceLocation(path, line, column), DiagnosticCodes.InvalidUtf8,
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset})",
                "save the file as UTF-8 in your editor");
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            var at = text.IndexOf('\0', StringComparison.Ordinal);
            var (line, column) = LineAndColumn(text, at);
            diagnostics.Error(new SourceLocation(path, line, column), DiagnosticCodes.InvalidUtf8,
                "the file contains a NUL character, so it is probably not a text file", "save the file as plain UTF-8 text");
            return null;
        }

        return text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, so count UTF-8 lead bytes on the line before the bad byte.
        var column = 1;
        for (var i = lineStart; i < offset && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    public static (int Line, int Column) LineAndColumn(string text, int index)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
