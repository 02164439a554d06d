using System.Collections.Concurrent;
using System.Globalization;
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
    public static ScriptObject Create(Func<string, string?> assetUrl)
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

        functions.SetValue("plural", new TemplateFunction("plural", 3, 3, static (context, _, _, arguments) =>
        {
            var count = Convert.ToInt32(arguments[0], CultureInfo.InvariantCulture);
            return DisplayFormat.Count(count, context.ObjectToString(arguments[1]) ?? string.Empty, context.ObjectToString(arguments[2]) ?? string.Empty);
        }), readOnly: true);

        functions.IsReadOnly = true;
        return functions;
    }
}
