using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LpipSite.Core.Checking;
using LpipSite.Core.Diagnostics;

namespace LpipSite.Cli.Commands;

/// <summary>Prints the result of <c>lpip check</c> as text, JSON or GitHub Actions annotations.</summary>
internal static class CheckReport
{
    public static void Write(TextWriter output, CheckResult result, string format, bool changedOnly, bool colour)
    {
        switch (format)
        {
            case "json":
                output.Write(Json(result.Diagnostics));
                break;
            case "github":
                foreach (var d in result.Diagnostics)
                {
                    output.WriteLine(GitHubAnnotation(d));
                }

                output.WriteLine(Summary(result, changedOnly));
                break;
            default:
                foreach (var d in result.Diagnostics)
                {
                    if (colour)
                    {
                        output.Write(d.Severity == Severity.Error ? "\u001b[31m" : "\u001b[33m");
                    }

                    output.Write(d.Format());
                    output.WriteLine(colour ? "\u001b[0m" : string.Empty);
                }

                output.WriteLine(Summary(result, changedOnly));
                break;
        }
    }

    public static string Summary(CheckResult result, bool changedOnly)
    {
        var files = result.FilesChecked == 1 ? "1 file" : $"{result.FilesChecked} files";
        var what = changedOnly ? $"Checked {files} changed (links and references across the whole site)" : $"Checked {files}";
        var links = result.Rendered ? string.Empty : " The links of the rendered pages were not checked: the site could not be rendered.";
        var verdict = result.Errors == 0 ? "no errors" : Count(result.Errors, "error");
        return $"{what}: {verdict}, {Count(result.Warnings, "warning")}.{links}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>
    /// <c>::error file=…,line=…,col=…,title=LPIP0201::message</c>. Per the Actions workflow command
    /// format, data escapes % CR LF, and property values also escape ':' and ','.
    /// </summary>
    public static string GitHubAnnotation(Diagnostic d)
    {
        var kind = d.Severity == Severity.Error ? "error" : "warning";
        var message = d.Suggestion is null ? d.Message : $"{d.Message}; {d.Suggestion}";
        return $"::{kind} file={Property(d.Location.Path)},line={d.Location.Line},col={d.Location.Column},title={Property(d.Code)}::{Data(message)}";
    }

    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    public static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("path", d.Location.Path);
                writer.WriteNumber("line", d.Location.Line);
                writer.WriteNumber("column", d.Location.Column);
                writer.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                writer.WriteString("code", d.Code);
                writer.WriteString("message", d.Message);
                if (d.Suggestion is null)
                {
                    writer.WriteNull("suggestion");
                }
                else
                {
                    writer.WriteString("suggestion", d.Suggestion);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
