using System.Collections.Concurrent;
using System.Globalization;
using LpipSite.Core.Rendering.Text;
using LpipSite.Core.Rendering.Theming;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LpipSite.Core.Rendering.Templates;

/// <summary>
/// The template context of one page. Whatever a template writes with <c>{{ … }}</c> is HTML-escaped
/// unless it is an <see cref="HtmlString"/>, so text from content can never become markup by
/// accident. Numbers and dates are written with the invariant culture; lines end with '\n'.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // Reflection over a view type is done once per process, not once per page: accessors are
    // immutable once built, and every context here uses the same member renamer and filter.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    // Scriban's built-in functions (string, array, date …) are read-only for our templates, so one
    // copy serves every context instead of a deep clone per page.
    private static readonly ScriptObject SharedBuiltins = GetDefaultBuiltinObject();

    public HtmlTemplateContext(SiteTheme theme, ScriptObject helpers)
        : base(SharedBuiltins)
    {
        StrictVariables = true;
        LoopLimit = 0;
        LimitToString = 0;
        RecursiveLimit = 64;
        NewLine = "\n";
        TemplateLoader = theme.Loader;
        foreach (var partial in theme.Partials.Values)
        {
            CachedTemplates[partial.DisplayPath] = partial.Template;
        }

        PushCulture(CultureInfo.InvariantCulture);
        PushGlobal(helpers);
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (SharedAccessors.TryGetValue(type, out var shared))
        {
            return shared;
        }

        // Scriban chooses an accessor from the target's type alone, so caching by type is exact.
        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is not null)
        {
            SharedAccessors.TryAdd(type, accessor);
        }

        return accessor;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case HtmlString html:
                Write(html.Value);
                break;
            case string text:
                Write(Html.Encode(text));
                break;
            case IFormattable formattable:
                Write(Html.Encode(formattable.ToString(null, CultureInfo.InvariantCulture)));
                break;
            default:
                Write(Html.Encode(ObjectToString(textAsObject)));
                break;
        }

        return this;
    }
}

/// <summary>A template function written in C#: it gets the call's span so failures point at the template line.</summary>
internal sealed class TemplateFunction(string name, int requiredParameters, int parameters, Func<TemplateContext, ScriptNode?, SourceSpan, ScriptArray, object?> body)
    : IScriptCustomFunction
{
    public string Name { get; } = name;

    public int RequiredParameterCount { get; } = requiredParameters;

    public int ParameterCount { get; } = parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index.ToString(CultureInfo.InvariantCulture));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count < RequiredParameterCount)
        {
            throw new ScriptRuntimeException(span, $"'{Name}' needs {RequiredParameterCount} argument(s), got {arguments.Count}");
        }

        return body(context, callerContext ?? context.CurrentNode, span, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

/// <summary>The functions every template can call, built once per render and shared read-only by all pages.</summary>
internal static class TemplateFunctions
{
    /// <param name="assetUrl">The fingerprinted URL of a theme asset, or null.</param>
    /// <param name="text">The reader-facing text that <c>t</c> looks up; without one, the built-in English dates and times only.</param>
    public static ScriptObject Create(Func<string, string?> assetUrl, Localiser? text = null)
    {
        var functions = new ScriptObject();

        // Replaces Scriban's include so that a partial's output, which is already escaped markup,
        // is not escaped a second time by the caller.
        functions.SetValue("include", new TemplateFunction("include", 1, 16, static (context, caller, span, arguments) =>
        {
            var name = context.ObjectToString(arguments[0]);
            var path = context.GetTemplatePathFromName(name, caller)
                ?? throw new ScriptRuntimeException(span, $"no partial '{name}'");
            var template = context.GetOrCreateTemplate(path, caller);
            // A partial's file ends with a newline; dropping it lets a partial sit inside a sentence.
            return new HtmlString(TemplateRendering.Partial(context, template, arguments, caller).TrimEnd('\n'));
        }), readOnly: true);

        functions.SetValue("asset", new TemplateFunction("asset", 1, 1, (context, _, span, arguments) =>
        {
            var path = context.ObjectToString(arguments[0]) ?? string.Empty;
            return assetUrl(path) ?? throw new ScriptRuntimeException(span, $"the theme has no asset '{path}' (looked in assets/{path})");
        }), readOnly: true);

        // {{ t 'news.deadline' }}, {{ t 'count.case_studies' n }}, {{ t 'place.no_case_studies' name: view.name }}.
        var table = text ?? Localiser.English;
        functions.SetValue(TextKeyChecks.FunctionName, new TemplateFunction(TextKeyChecks.FunctionName, 1, 2,
            (context, _, span, arguments) => TemplateText.Lookup(table, context, span, arguments)), readOnly: true);

        // Kept for themes written before the text table; the default theme uses t with a plural key.
        functions.SetValue("plural", new TemplateFunction("plural", 3, 3, static (context, _, _, arguments) =>
        {
            var count = Convert.ToInt32(arguments[0], CultureInfo.InvariantCulture);
            return count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? context.ObjectToString(arguments[1]) : context.ObjectToString(arguments[2]));
        }), readOnly: true);

        functions.IsReadOnly = true;
        return functions;
    }
}

/// <summary>
/// The template side of <see cref="Localiser"/>: a key's text as markup, escaped once when the
/// table was read (a key ending in <c>_html</c> is markup as written). Placeholder values are
/// escaped like anything else a template writes, except an <see cref="HtmlString"/> (the result of
/// <c>include</c> or of another <c>t</c>), which is inserted as it is. A lookup without
/// placeholders returns the table's own <see cref="HtmlString"/> and allocates nothing.
/// </summary>
internal static class TemplateText
{
    [ThreadStatic]
    private static System.Text.StringBuilder? _builder;

    public static HtmlString Lookup(Localiser table, TemplateContext context, SourceSpan span, ScriptArray arguments)
    {
        if (arguments[0] is not string key)
        {
            throw new ScriptRuntimeException(span, "t needs a text key first, in quotes: t 'news.deadline'");
        }

        var entry = table.Find(key) ?? throw new ScriptRuntimeException(span, $"the theme's text table ({table.Language}) has no key '{key}'");
        TextForm form;
        long count = 0;
        switch (entry.Shape)
        {
            case TextShape.Text when arguments.Count == 1:
                form = entry.Form!;
                break;
            case TextShape.Plural when arguments.Count == 2:
                count = Convert.ToInt64(arguments[1], CultureInfo.InvariantCulture);
                form = entry.FormFor(count);
                break;
            case TextShape.Text:
                throw new ScriptRuntimeException(span, $"the text '{key}' has no plural forms, so it takes no count");
            case TextShape.Plural:
                throw new ScriptRuntimeException(span, $"the text '{key}' has plural forms, so it needs a count: t '{key}' count");
            default:
                throw new ScriptRuntimeException(span, $"the text '{key}' is a list, which a template cannot write");
        }

        if (form.Parts.Length == 0)
        {
            return form.Html;
        }

        var builder = _builder ??= new System.Text.StringBuilder(256);
        builder.Clear();
        foreach (var part in form.Parts)
        {
            if (part.HtmlLiteral is { } literal)
            {
                builder.Append(literal);
                continue;
            }

            var name = part.Placeholder!;
            if (entry.Shape == TextShape.Plural && name == "count")
            {
                builder.Append(count.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            // Named arguments are members of the argument array (read its ScriptObject: the array's
            // own 'size' member would hide a placeholder of that name).
            if (!arguments.ScriptObject.TryGetValue(context, span, name, out var value))
            {
                throw new ScriptRuntimeException(span, $"the text '{key}' needs a value for {{{name}}}: t '{key}' {name}: …");
            }

            builder.Append(value switch
            {
                null => string.Empty,
                HtmlString html => html.Value,
                string plain => Html.Encode(plain),
                IFormattable formattable => Html.Encode(formattable.ToString(null, CultureInfo.InvariantCulture)),
                _ => Html.Encode(context.ObjectToString(value)),
            });
        }

        var result = new HtmlString(builder.ToString());
        if (builder.Capacity > 4096)
        {
            _builder = null;
        }

        return result;
    }
}
