using LpipSite.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LpipSite.Core.Loading;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s with positions. It is deliberately strict
/// and hostile-input safe: aliases are refused (no "billion laughs" expansion), nesting is bounded
/// (a .NET stack overflow cannot be caught), and duplicate keys are errors.
/// </summary>
public static class YamlReader
{
    public const int MaxDepth = 32;

    /// <param name="text">The YAML text.</param>
    /// <param name="path">The file path used in diagnostics.</param>
    /// <param name="firstLine">The line in the file where <paramref name="text"/> starts.</param>
    public static YamlNode? Read(string text, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var builder = new TreeBuilder(path, firstLine, diagnostics);
        if (DeepFlowNesting(text) is { } tooDeep)
        {
            // YamlDotNet's scanner slows badly on thousands of nested brackets; refuse them first.
            var (line, column) = TextDecoder.LineAndColumn(text, tooDeep);
            diagnostics.Error(new SourceLocation(path, line + firstLine - 1, column), DiagnosticCodes.TooDeep,
                $"the YAML is nested more than {MaxDepth} levels deep", "flatten the structure");
            return null;
        }

        var last = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                if (!builder.Accept(parser.Current!))
                {
                    return null;
                }
            }

            return builder.Root;
        }
        catch (YamlException e)
        {
            var at = builder.Locate(e.Start);
            var tab = FindTab(text, e.Start);
            if (tab is { } tabAt)
            {
                diagnostics.Error(builder.Locate(tabAt), DiagnosticCodes.YamlTab,
                    "a tab character is used for indentation; YAML only allows spaces", "replace the tab with spaces");
            }
            else
            {
                var description = Describe(e);
                diagnostics.Error(at, DiagnosticCodes.YamlSyntax, "the YAML is not valid: " + description,
                    description.Contains("mapping", StringComparison.Ordinal)
                        ? "a value that contains ': ' must be put in quotes, like title: \"Leeds: a case study\""
                        : "check the indentation and that every 'field: value' pair is on its own line");
            }

            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // The scanner fails this way on a few malformed inputs; the last good position is close.
            diagnostics.Error(builder.Locate(last), DiagnosticCodes.YamlSyntax,
                "the YAML is not valid after this point", "check the indentation, brackets and quotes here");
            return null;
        }
    }

    /// <summary>The offset of the first bracket nested deeper than <see cref="MaxDepth"/>, ignoring quoted text and comments.</summary>
    private static int? DeepFlowNesting(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return i;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"':
                    while (++i < text.Length && text[i] != '"')
                    {
                        if (text[i] == '\\')
                        {
                            i++;
                        }
                    }

                    break;
                case '\'' when i == 0 || !char.IsLetterOrDigit(text[i - 1]):
                    while (++i < text.Length && text[i] != '\'' && text[i] != '\n')
                    {
                    }

                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>YamlDotNet reports tab problems in several ways; find a tab at the start of the failing line or just before it.</summary>
    private static Mark? FindTab(string text, Mark failed)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, (int)failed.Line - 2); i < Math.Min(lines.Length, (int)failed.Line + 1); i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new Mark(0, i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;

        // YamlDotNet prefixes messages with "(Line: …)"; our location already says where.
        var close = message.IndexOf(") - (", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            var end = message.IndexOf("): ", close, StringComparison.Ordinal);
            if (end > 0)
            {
                message = message[(end + 3)..];
            }
        }

        message = message.Trim();
        return message.Length == 0 ? "unexpected text" : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');
    }

    private sealed class TreeBuilder(string path, int firstLine, DiagnosticBag diagnostics)
    {
        private readonly Stack<Frame> _stack = new();
        private int _documents;
        private int _skipDepth;

        public YamlNode? Root { get; private set; }

        public SourceLocation Locate(Mark mark) =>
            new(path, Math.Max(1, (int)mark.Line) + firstLine - 1, Math.Max(1, (int)mark.Column));

        /// <summary>Returns false when reading must stop.</summary>
        public bool Accept(ParsingEvent e)
        {
            if (_skipDepth > 0)
            {
                // Skipping the inside of a too-deep structure without building it.
                if (e is MappingStart or SequenceStart)
                {
                    _skipDepth++;
                }
                else if (e is MappingEnd or SequenceEnd)
                {
                    _skipDepth--;
                }

                if (_skipDepth > 0)
                {
                    return true;
                }

                Add(new YamlScalar(Locate(e.Start), string.Empty, false));
                return true;
            }

            switch (e)
            {
                case DocumentStart ds when !ds.IsImplicit || _documents > 0:
                    _documents++;
                    if (_documents > 1)
                    {
                        diagnostics.Error(Locate(e.Start), DiagnosticCodes.YamlSyntax,
                            "the file holds more than one YAML document ('---' separates documents)",
                            "remove the extra '---' line");
                        return false;
                    }

                    return true;
                case DocumentStart:
                    _documents++;
                    return true;
                case AnchorAlias alias:
                    diagnostics.Error(Locate(alias.Start), DiagnosticCodes.YamlAlias,
                        $"YAML aliases (*{alias.Value}) are not supported", "write the value out in full");
                    return false;
                case Scalar s:
                    Add(new YamlScalar(Locate(s.Start), s.Value, s.Style != ScalarStyle.Plain));
                    return true;
                case MappingStart or SequenceStart when _stack.Count >= MaxDepth:
                    diagnostics.Error(Locate(e.Start), DiagnosticCodes.TooDeep,
                        $"the YAML is nested more than {MaxDepth} levels deep", "flatten the structure");
                    _skipDepth = 1;
                    return true;
                case MappingStart:
                    _stack.Push(new Frame(Locate(e.Start), IsMapping: true));
                    return true;
                case SequenceStart:
                    _stack.Push(new Frame(Locate(e.Start), IsMapping: false));
                    return true;
                case MappingEnd or SequenceEnd:
                    var frame = _stack.Pop();
                    Add(frame.IsMapping
                        ? new YamlMapping(frame.At, frame.Entries)
                        : new YamlSequence(frame.At, frame.Items));
                    return true;
                default:
                    return true;
            }
        }

        private void Add(YamlNode node)
        {
            if (_stack.Count == 0)
            {
                Root ??= node;
                return;
            }

            var frame = _stack.Peek();
            if (!frame.IsMapping)
            {
                frame.Items.Add(node);
                return;
            }

            if (frame.PendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    diagnostics.Error(node.At, DiagnosticCodes.YamlSyntax,
                        "a field name must be a single word, not " + node.KindName, "write 'name: value'");
                    frame.PendingKey = new YamlScalar(node.At, "\0invalid", false);
                    return;
                }

                if (frame.Entries.Any(x => x.Key.Value == key.Value))
                {
                    var first = frame.Entries.First(x => x.Key.Value == key.Value).Key.At;
                    diagnostics.Error(key.At, DiagnosticCodes.DuplicateKey,
                        $"the field '{key.Value}' appears twice (first on line {first.Line})", "keep only one of them");
                }

                frame.PendingKey = key;
                return;
            }

            var entryKey = frame.PendingKey;
            frame.PendingKey = null;
            if (entryKey.Value != "\0invalid" && frame.Entries.All(x => x.Key.Value != entryKey.Value))
            {
                frame.Entries.Add(new YamlEntry(entryKey, node));
            }
        }

        private sealed record Frame(SourceLocation At, bool IsMapping)
        {
            public List<YamlEntry> Entries { get; } = [];
            public List<YamlNode> Items { get; } = [];
            public YamlScalar? PendingKey { get; set; }
        }
    }
}
