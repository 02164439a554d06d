using System.Buffers;
using System.Globalization;

namespace LpipSite.Core.Rendering.Text;

/// <summary>A value for a <c>{placeholder}</c> of a text: <c>("title", view.Title)</c> converts to one.</summary>
public readonly record struct TextArg(string Name, string? Value)
{
    public static implicit operator TextArg((string Name, string? Value) pair) => new(pair.Name, pair.Value);
}

/// <summary>
/// The reader-facing text of one language, from the theme's <c>i18n/&lt;language&gt;.yml</c> (and
/// those of the themes it extends): texts by key, plural forms chosen by the language's rule,
/// dates and times written with the table's month and day names. Nothing depends on the machine's
/// culture. Text is returned as plain text (templates and views escape it when they write it).
/// Immutable and safe to share between threads.
/// </summary>
public sealed class Localiser
{
    private const string BuiltInEnglishYaml = """
        date:
          months: [January, February, March, April, May, June, July, August, September, October, November, December]
          days: [Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday]
          format: "{day} {month} {year}"
          format_with_day: "{weekday} {day} {month} {year}"
        time:
          midday: midday
          midnight: midnight
          am: am
          pm: pm
          on_the_hour: "{hour}{period}"
          with_minutes: "{hour}:{minute}{period}"
        table:
          numbered: "Table {number}"
          columns: "Table: {columns}"
        """;

    // "0" … "59", so dates and times format without converting small numbers each time.
    private static readonly string[] Numbers = Enumerable.Range(0, 60).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] TwoDigits = Enumerable.Range(0, 60).Select(n => n.ToString("00", CultureInfo.InvariantCulture)).ToArray();

    private readonly Dictionary<string, TextEntry> _entries;
    private readonly Localiser? _fallback;

    internal Localiser(string language, Dictionary<string, TextEntry> entries, Localiser? fallback)
    {
        Language = language;
        _entries = entries;
        _fallback = fallback;
    }

    /// <summary>
    /// British English dates and times ("25 November 2026", "2:30pm") and the labels of tables in
    /// Markdown, built in: what <see cref="Templates.DisplayFormat"/> writes and a Markdown renderer
    /// without a theme labels tables with, and what a theme's table falls back to for any of these
    /// keys it leaves out.
    /// </summary>
    public static Localiser English { get; } = BuildEnglish();

    /// <summary>The language of the table ("en", "cy"): the file name without <c>.yml</c>.</summary>
    public string Language { get; }

    /// <summary>Every key this localiser answers, its own and those it falls back to.</summary>
    public IEnumerable<string> Keys =>
        _fallback is null ? _entries.Keys : _entries.Keys.Union(_fallback.Keys, StringComparer.Ordinal);

    /// <summary>The keys of this language's own tables, without those it falls back to.</summary>
    public IEnumerable<string> OwnKeys => _entries.Keys;

    public bool Contains(string key) => Find(key) is not null;

    /// <summary>What a key holds, or null when the table lacks it.</summary>
    public TextShape? ShapeOf(string key) => Find(key)?.Shape;

    /// <summary>The text of a key: <c>Text("news.deadline")</c> → "Deadline".</summary>
    public string Text(string key) => TextEntryOf(key).Form!.Text;

    /// <summary>The text of a key with its placeholders filled: <c>Text("cite.heading", ("noun", "case study"))</c>.</summary>
    public string Text(string key, params ReadOnlySpan<TextArg> args) => Format(key, TextEntryOf(key).Form!, args, count: null);

    /// <summary>
    /// The plural form of a key for a count, with <c>{count}</c> (invariant digits) and any other
    /// placeholders filled: <c>Count("count.case_studies", 3)</c> → "3 case studies".
    /// </summary>
    public string Count(string key, long count, params ReadOnlySpan<TextArg> args)
    {
        var entry = Entry(key);
        if (entry.Shape != TextShape.Plural)
        {
            throw new InvalidOperationException($"the text '{key}' has no plural forms; use Text, not Count");
        }

        var form = entry.FormFor(count);
        return form.Parts.Length == 0 ? form.Text : Format(key, form, args, count.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// What readers see for an id of a vocabulary: a built-in vocabulary's label from this table
    /// (<c>Label(Vocabularies.Nations, "wales")</c> → "Wales"), a content vocabulary's from its term;
    /// the id itself when the vocabulary does not have it (validation reports unknown ids).
    /// </summary>
    public string Label(Model.Vocabulary vocabulary, string id) =>
        vocabulary.TextSection is null ? vocabulary.LabelOf(id)
        : vocabulary.LabelKey(id) is { } key ? Text(key)
        : id;

    /// <summary>The description of an id of a vocabulary with descriptions (from this table for a built-in one); null when it has none.</summary>
    public string? Description(Model.Vocabulary vocabulary, string id) =>
        vocabulary.TextSection is null ? vocabulary.Find(id)?.Description
        : vocabulary.DescriptionKey(id) is { } key ? Text(key)
        : null;

    /// <summary>The items of a list key, such as <c>date.months</c>.</summary>
    /// <summary>A plural entry's forms by CLDR category name (<c>one</c>, <c>other</c> …), for a script that picks one with Intl.PluralRules.</summary>
    public IReadOnlyDictionary<string, string> PluralForms(string key)
    {
        var entry = Entry(key);
        var forms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in Enum.GetValues<PluralCategory>())
        {
            if ((int)category < entry.PluralForms.Count && entry.PluralForms[(int)category] is { } form)
            {
                forms[category.ToString().ToLowerInvariant()] = form.Text;
            }
        }

        return forms;
    }

    public IReadOnlyList<string> List(string key)
    {
        var entry = Entry(key);
        return entry.Shape == TextShape.List ? entry.Items! : throw new InvalidOperationException($"the text '{key}' is not a list");
    }

    /// <summary>"25 November 2026", by <c>date.format</c>.</summary>
    public string Date(DateOnly date) =>
        Format("date.format", TextEntryOf("date.format").Form!, [("day", Numbers[date.Day]), ("month", List("date.months")[date.Month - 1]), ("year", Year(date))], null);

    /// <summary>"Wednesday 25 November 2026", by <c>date.format_with_day</c>.</summary>
    public string DateWithDay(DateOnly date) =>
        Format("date.format_with_day", TextEntryOf("date.format_with_day").Form!,
            [("weekday", List("date.days")[(int)date.DayOfWeek]), ("day", Numbers[date.Day]), ("month", List("date.months")[date.Month - 1]), ("year", Year(date))], null);

    /// <summary>GOV.UK style times in English: "9am", "2:30pm", "midday", "midnight".</summary>
    public string Time(DateTime value)
    {
        var (hour, minute) = (value.Hour, value.Minute);
        if (minute == 0 && hour == 12)
        {
            return Text("time.midday");
        }

        if (minute == 0 && hour == 0)
        {
            return Text("time.midnight");
        }

        var period = Text(hour < 12 ? "time.am" : "time.pm");
        var hour12 = hour % 12 == 0 ? 12 : hour % 12;
        var key = minute == 0 ? "time.on_the_hour" : "time.with_minutes";
        return Format(key, TextEntryOf(key).Form!, [("hour", Numbers[hour12]), ("hour24", Numbers[hour]), ("minute", TwoDigits[minute]), ("period", period)], null);
    }

    internal TextEntry? Find(string key) =>
        _entries.TryGetValue(key, out var entry) ? entry : _fallback?.Find(key);

    internal TextEntry Entry(string key) =>
        Find(key) ?? throw new KeyNotFoundException($"the theme's text table ({Language}) has no key '{key}'");

    private TextEntry TextEntryOf(string key)
    {
        var entry = Entry(key);
        return entry.Shape == TextShape.Text
            ? entry
            : throw new InvalidOperationException(entry.Shape == TextShape.Plural
                ? $"the text '{key}' has plural forms; use Count with a number"
                : $"the text '{key}' is a list; use List");
    }

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Fills the placeholders; the only allocation is the result.</summary>
    private static string Format(string key, TextForm form, ReadOnlySpan<TextArg> args, string? count)
    {
        if (form.Parts.Length == 0)
        {
            return form.Text;
        }

        var length = 0;
        foreach (var part in form.Parts)
        {
            length += part.Literal?.Length ?? ValueOf(key, part.Placeholder!, args, count).Length;
        }

        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            var at = 0;
            foreach (var part in form.Parts)
            {
                var piece = part.Literal ?? ValueOf(key, part.Placeholder!, args, count);
                piece.CopyTo(buffer[at..]);
                at += piece.Length;
            }

            return new string(buffer);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static string ValueOf(string key, string name, ReadOnlySpan<TextArg> args, string? count)
    {
        foreach (var arg in args)
        {
            if (string.Equals(arg.Name, name, StringComparison.Ordinal))
            {
                return arg.Value ?? string.Empty;
            }
        }

        return count is not null && name == "count"
            ? count
            : throw new ArgumentException($"the text '{key}' needs a value for {{{name}}}", nameof(args));
    }

    private static Localiser BuildEnglish()
    {
        var diagnostics = new List<Diagnostics.Diagnostic>();
        var entries = TextTableReader.Read(BuiltInEnglishYaml, "(built-in English)", "en", diagnostics);
        return diagnostics.Count == 0
            ? new Localiser("en", entries, fallback: null)
            : throw new InvalidOperationException("the built-in English table is not valid: " + string.Join("; ", diagnostics));
    }
}
