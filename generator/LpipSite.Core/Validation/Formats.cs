using System.Globalization;
using System.Text.RegularExpressions;

namespace LpipSite.Core.Validation;

/// <summary>Format checks for identifiers that officials and researchers rely on.</summary>
public static partial class Formats
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    [GeneratedRegex("^[EWSNK][0-9]{8}\\z", RegexOptions.CultureInvariant)]
    public static partial Regex Gss();

    [GeneratedRegex("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]\\z", RegexOptions.CultureInvariant)]
    private static partial Regex OrcidShape();

    [GeneratedRegex("^10\\.[0-9]{4,9}/\\S+\\z", RegexOptions.CultureInvariant)]
    public static partial Regex Doi();

    [GeneratedRegex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\z", RegexOptions.CultureInvariant)]
    public static partial Regex Email();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeShape();

    /// <summary>Markdown or HTML markers that do not belong in plain-text fields.</summary>
    [GeneratedRegex("<[A-Za-z/!]|\\]\\(|\\*\\*|__|`|^#{1,6} |&[a-zA-Z]+;|&#", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    public static partial Regex MarkupInPlainText();

    /// <summary>An ORCID iD with a valid ISO 7064 11,2 check character.</summary>
    public static bool IsOrcid(string value)
    {
        if (!OrcidShape().IsMatch(value))
        {
            return false;
        }

        var digits = value.Replace("-", string.Empty, StringComparison.Ordinal);
        var total = 0;
        for (var i = 0; i < 15; i++)
        {
            total = (total + (digits[i] - '0')) * 2;
        }

        var result = (12 - (total % 11)) % 11;
        var check = result == 10 ? 'X' : (char)('0' + result);
        return digits[15] == check;
    }

    public static bool TryDate(string value, out DateOnly date)
    {
        date = default;
        return DateShape().IsMatch(value)
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static bool TryDateTime(string value, out DateTime dateTime, out bool hasTime)
    {
        hasTime = false;
        dateTime = default;
        if (TryDate(value, out var date))
        {
            dateTime = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        hasTime = true;
        return DateTimeShape().IsMatch(value)
            && DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out dateTime);
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host)
        && !value.Any(char.IsWhiteSpace);

    /// <summary>The GSS entity prefixes allowed for each place type.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> GssPrefixes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["nation"] = ["E92", "W92", "S92", "N92", "K02", "K03", "K04"],
        ["region"] = ["E12"],
        ["combined-authority"] = ["E47"],
        ["county"] = ["E10"],
        ["unitary-authority"] = ["E06", "W06"],
        ["local-authority-district"] = ["E07", "E08", "E09"],
        ["council-area"] = ["S12"],
        ["local-government-district"] = ["N09"],
    };

    /// <summary>
    /// Pairs of place type and GSS prefix that are accepted with a warning: what the prefix stands for and the type to write instead.
    /// Welsh principal areas (W06) are unitary authorities; older content gives them local-authority-district.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Type, string Prefix), (string Entity, string Type)> PreferredPlaceTypes =
        new Dictionary<(string Type, string Prefix), (string Entity, string Type)>
        {
            [("local-authority-district", "W06")] = ("a Welsh principal area", "unitary-authority"),
        };

    /// <summary>The nation a GSS code's first letter implies.</summary>
    public static string? NationOfGss(string gss) => gss[0] switch
    {
        'E' => "england",
        'W' => "wales",
        'S' => "scotland",
        'N' => "northern-ireland",
        _ => null,
    };

    /// <summary>A site path for an alias: segments of lower-case letters, digits, '-', '_' and '.', between slashes, ending with '/'.</summary>
    public static bool IsSitePath(string value) =>
        value.Length > 1 && value.Length <= 200 && value[0] == '/' && value[^1] == '/'
        && value[1..^1].Split('/').All(segment => segment.Length > 0 && segment is not ("." or "..")
            && segment.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'));
}
