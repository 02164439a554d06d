using System.Runtime.CompilerServices;
using System.Text;

namespace LpipSite.Core.Search;

/// <summary>
/// A small buffered UTF-8 writer that produces exactly what <c>JSON.stringify</c> produces: strings escape
/// only <c>"</c>, <c>\</c>, control characters (<c>\b \f \n \r \t</c>, else lowercase <c>\u00xx</c>) and
/// lone surrogates (<c>\udxxx</c>); everything else, <c>&lt;</c> and U+2028 included, is written raw.
/// Numbers use JS layout. No byte order mark.
/// </summary>
internal sealed class JsonTextWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _used;

    public JsonTextWriter(Stream stream, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    public void Raw(byte b)
    {
        if (_used == _buffer.Length) Flush();
        _buffer[_used++] = b;
    }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>A quoted JSON string.</summary>
    public void String(ReadOnlySpan<char> value)
    {
        Raw((byte)'"');
        StringContent(value);
        Raw((byte)'"');
    }

    /// <summary>The escaped content of a JSON string, without quotes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void StringContent(ReadOnlySpan<char> value)
    {
        int i = 0;
        while (i < value.Length)
        {
            // Copy the longest run that needs no escaping in one go.
            int run = 0;
            while (i + run < value.Length && !NeedsCare(value[i + run])) run++;
            if (run > 0)
            {
                Encode(value.Slice(i, run));
                i += run;
                continue;
            }

            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                Encode(value.Slice(i, 2));
                i += 2;
                continue;
            }

            Escape(c);
            i++;
        }
    }

    /// <summary>A JS-formatted number; NaN and infinities are written as null, as JSON.stringify does.</summary>
    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            Raw("null"u8);
            return;
        }

        Span<char> chars = stackalloc char[32];
        int n = JsNumber.Format(value, chars);
        Span<byte> bytes = stackalloc byte[32];
        for (int i = 0; i < n; i++) bytes[i] = (byte)chars[i];
        Raw(bytes[..n]);
    }

    /// <summary>
    /// <paramref name="thousandths"/>/1000 in JS layout. For |n| &lt; 10^15 the shortest round-trip digits of
    /// the double n/1000 are the decimal digits of n (15 significant digits always round-trip), so no
    /// general formatting is needed for lunr's rounded scores.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Thousandths(long thousandths)
    {
        if (thousandths == 0)
        {
            Raw((byte)'0');
            return;
        }

        Span<byte> digits = stackalloc byte[24];
        int o = digits.Length;
        ulong v = thousandths < 0 ? (ulong)(-thousandths) : (ulong)thousandths;
        int fraction = (int)(v % 1000);
        ulong whole = v / 1000;
        if (fraction != 0)
        {
            int places = 3;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                places--;
            }

            for (int p = 0; p < places; p++)
            {
                digits[--o] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            digits[--o] = (byte)'.';
        }

        do
        {
            digits[--o] = (byte)('0' + (int)(whole % 10));
            whole /= 10;
        }
        while (whole != 0);

        if (thousandths < 0) digits[--o] = (byte)'-';
        Raw(digits[o..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Integer(long value)
    {
        Span<byte> bytes = stackalloc byte[24];
        value.TryFormat(bytes, out int n, default, System.Globalization.CultureInfo.InvariantCulture);
        Raw(bytes[..n]);
    }

    /// <summary>The escaped UTF-8 content of a string, for values written many times.</summary>
    public static byte[] EncodeStringContent(ReadOnlySpan<char> value)
    {
        using var memory = new MemoryStream();
        using (var writer = new JsonTextWriter(memory, 256)) writer.StringContent(value);
        return memory.ToArray();
    }

    public void Flush()
    {
        if (_used > 0) _stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose() => Flush();

    private static bool NeedsCare(char c) => c < 0x20 || c == '"' || c == '\\' || char.IsSurrogate(c);

    private void Encode(ReadOnlySpan<char> chars)
    {
        int max = Encoding.UTF8.GetMaxByteCount(chars.Length);
        if (max > _buffer.Length - _used)
        {
            Flush();
            if (max > _buffer.Length)
            {
                _stream.Write(Encoding.UTF8.GetBytes(chars.ToArray()));
                return;
            }
        }

        _used += Encoding.UTF8.GetBytes(chars, _buffer.AsSpan(_used));
    }

    private void Escape(char c)
    {
        switch (c)
        {
            case '"': Raw("\\\""u8); return;
            case '\\': Raw("\\\\"u8); return;
            case '\b': Raw("\\b"u8); return;
            case '\f': Raw("\\f"u8); return;
            case '\n': Raw("\\n"u8); return;
            case '\r': Raw("\\r"u8); return;
            case '\t': Raw("\\t"u8); return;
        }

        // Other control characters and lone surrogates: \u with four lowercase hex digits.
        ReadOnlySpan<byte> hex = "0123456789abcdef"u8;
        Span<byte> escaped = [(byte)'\\', (byte)'u', hex[c >> 12], hex[(c >> 8) & 0xF], hex[(c >> 4) & 0xF], hex[c & 0xF]];
        Raw(escaped);
    }
}
