using System.Globalization;

namespace LpipSite.Core.Search;

/// <summary>
/// JavaScript number semantics: <c>Number.prototype.toString()</c> layout and <c>Math.round</c>.
/// .NET's shortest round-trip digits are the same as V8's; only the layout differs
/// (<c>1E-07</c> vs <c>1e-7</c>, <c>-0</c> vs <c>0</c>, exponent thresholds).
/// </summary>
public static class JsNumber
{
    /// <summary>JS <c>String(value)</c> for a number.</summary>
    public static string ToJsString(double value)
    {
        Span<char> buffer = stackalloc char[32];
        int length = Format(value, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>
    /// JS <c>Math.round</c>: halves round towards +∞. <c>Math.Round</c> in .NET rounds halves to even or away
    /// from zero, and both differ from JS on some inputs. The subtraction is exact whenever it matters.
    /// </summary>
    public static double Round(double value)
    {
        double floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>Writes the JS string form of <paramref name="value"/>; the buffer needs 32 chars.</summary>
    internal static int Format(double value, Span<char> destination)
    {
        if (double.IsNaN(value)) return Copy("NaN", destination);
        if (double.IsPositiveInfinity(value)) return Copy("Infinity", destination);
        if (double.IsNegativeInfinity(value)) return Copy("-Infinity", destination);
        if (value == 0) return Copy("0", destination); // also -0

        Span<char> raw = stackalloc char[32];
        value.TryFormat(raw, out int rawLength, "R", CultureInfo.InvariantCulture);
        raw = raw[..rawLength];

        // Split .NET's output into sign, significant digits and the decimal exponent n such that
        // value = 0.d1d2…dk × 10^n (the n of ECMA-262 Number::toString).
        int o = 0;
        if (raw[0] == '-')
        {
            destination[o++] = '-';
            raw = raw[1..];
        }

        int exponent = 0;
        int e = raw.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(raw[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            raw = raw[..e];
        }

        Span<char> digits = stackalloc char[32];
        int k = 0, pointAt = -1;
        foreach (char c in raw)
        {
            if (c == '.') pointAt = k;
            else digits[k++] = c;
        }

        if (pointAt < 0) pointAt = k;
        int lead = 0;
        while (lead < k - 1 && digits[lead] == '0') lead++;
        int n = pointAt - lead + exponent;
        digits = digits[lead..k];
        k = digits.Length;
        while (k > 1 && digits[k - 1] == '0') k--;
        digits = digits[..k];

        if (k <= n && n <= 21)
        {
            digits.CopyTo(destination[o..]);
            o += k;
            for (int i = 0; i < n - k; i++) destination[o++] = '0';
        }
        else if (0 < n && n <= 21)
        {
            digits[..n].CopyTo(destination[o..]);
            o += n;
            destination[o++] = '.';
            digits[n..].CopyTo(destination[o..]);
            o += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            destination[o++] = '0';
            destination[o++] = '.';
            for (int i = 0; i < -n; i++) destination[o++] = '0';
            digits.CopyTo(destination[o..]);
            o += k;
        }
        else
        {
            destination[o++] = digits[0];
            if (k > 1)
            {
                destination[o++] = '.';
                digits[1..].CopyTo(destination[o..]);
                o += k - 1;
            }

            destination[o++] = 'e';
            destination[o++] = n - 1 >= 0 ? '+' : '-';
            (Math.Abs(n - 1)).TryFormat(destination[o..], out int w, default, CultureInfo.InvariantCulture);
            o += w;
        }

        return o;
    }

    private static int Copy(string text, Span<char> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }
}
