using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LpipSite.Core.Rendering.Templates;

/// <summary>
/// Renders a layout or a partial into an output of its own, as Scriban's <c>Template.Render</c> and
/// <c>TemplateContext.RenderTemplate</c> do, minus one step: after rendering, Scriban resets the
/// output's StringBuilder with <c>Length = 0</c>, and on a builder of several chunks .NET then
/// allocates a fresh array 1.2 times the output's size, only for the builder to be dropped. Each
/// page renders dozens of partials, so at 1,000 case studies that reset was about a sixth of a
/// clean build's CPU, most of it spent in garbage collection. The steps kept (recursion limit,
/// source file, a local scope with the arguments and named arguments) are Scriban's own.
/// </summary>
internal static class TemplateRendering
{
    /// <summary>A page layout, rendered with the context's globals.</summary>
    public static string Layout(TemplateContext context, Template template)
    {
        var output = new StringBuilderOutput(new StringBuilder(16 * 1024));
        context.PushOutput(output);
        try
        {
            Evaluate(context, template);
            return output.ToString();
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary>A partial called by <c>include</c>: its positional arguments are <c>$0</c>, <c>$1</c> …; named ones are local variables.</summary>
    public static string Partial(TemplateContext context, Template template, ScriptArray arguments, ScriptNode? caller)
    {
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        var output = new StringBuilderOutput(new StringBuilder(1024));
        context.PushOutput(output);
        try
        {
            // Named arguments are evaluated in the caller's scope, before the partial's own.
            var named = NamedArguments(context, caller);
            context.PushLocal();
            try
            {
                context.SetValue(ScriptVariable.Arguments, arguments, true, true);
                foreach (var (name, value) in named)
                {
                    context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, false, true);
                }

                Evaluate(context, template);
                return output.ToString();
            }
            finally
            {
                context.PopLocal();
            }
        }
        finally
        {
            context.PopOutput();
            context.CurrentIndent = indent;
            context.ExitRecursive(caller);
        }
    }

    private static void Evaluate(TemplateContext context, Template template)
    {
        if (template.Page is not { } page)
        {
            return;
        }

        if (template.SourceFilePath is { } file)
        {
            context.PushSourceFile(file);
        }

        try
        {
            var result = context.Evaluate(page);
            if (context.EnableOutput && result is not null)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }

    private static List<(string Name, object? Value)> NamedArguments(TemplateContext context, ScriptNode? caller)
    {
        var named = new List<(string, object?)>();
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                {
                    named.Add((name, value.Evaluate(context)));
                }
            }
        }

        return named;
    }
}
