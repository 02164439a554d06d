using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LpipSite.Core.Rendering.Theming;

/// <summary>
/// Resolves <c>include "name"</c> to a partial of the resolved theme. The parsed partials are
/// placed in each template context's cache up front, so <see cref="Load"/> is only a fallback.
/// </summary>
internal sealed class ThemeTemplateLoader(SiteTheme theme) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(SiteTheme.TemplateExtension, StringComparison.Ordinal)
            ? templateName[..^SiteTheme.TemplateExtension.Length]
            : templateName;
        if (name.StartsWith("partials/", StringComparison.Ordinal))
        {
            name = name["partials/".Length..];
        }

        return theme.Partials.TryGetValue(name, out var partial)
            ? partial.DisplayPath
            : throw new ScriptRuntimeException(callerSpan, $"theme '{theme.Name}' has no partial '{templateName}' (looked for partials/{name}{SiteTheme.TemplateExtension})");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        theme.Partials.Values.FirstOrDefault(p => p.DisplayPath == templatePath)?.Source
        ?? throw new ScriptRuntimeException(callerSpan, $"no partial at '{templatePath}'");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
