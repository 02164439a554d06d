using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LpipSite.Core.Search;

/// <summary>
/// Reads the differential tester's input format: either a JSON array of documents (ref <c>id</c>, every
/// other key a field, in first-seen order) or an object
/// <c>{ref, fields:[{name, boost}], b, k1, metadataWhitelist, documentBoosts:{ref: boost}, documents:[…]}</c>.
/// Values follow JS conversions (<c>String(1.0)</c> is <c>"1"</c>, a missing ref is <c>"undefined"</c>).
/// Every problem becomes a <see cref="LunrInputException"/> naming line and column.
/// </summary>
public static class LunrInputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses a file.</summary>
    /// <exception cref="LunrInputException">The file is missing, unreadable or invalid.</exception>
    public static LunrInput ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LunrInputException($"{path}: cannot read the file: {e.Message}", e);
        }

        return Read(bytes, path);
    }

    /// <summary>Parses UTF-8 JSON; <paramref name="sourceName"/> prefixes error messages.</summary>
    /// <exception cref="LunrInputException">The input is invalid.</exception>
    public static LunrInput Read(ReadOnlySpan<byte> utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        int bom = utf8Json.StartsWith("\uFEFF"u8) ? 3 : 0; // tolerated, as editors add it silently
        var parser = new Parser(utf8Json[bom..], sourceName, bom);
        try
        {
            return parser.ParseInput();
        }
        catch (JsonException e)
        {
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            long line = (e.LineNumber ?? 0) + 1, column = (e.BytePositionInLine ?? 0) + 1;
            throw new LunrInputException($"{sourceName}:{line}:{column}: invalid JSON: {message}", e);
        }
    }

    private ref struct Parser(ReadOnlySpan<byte> json, string source, int offset)
    {
        private readonly ReadOnlySpan<byte> _json = json;
        private Utf8JsonReader _reader = new(json, new JsonReaderOptions { MaxDepth = 256 });

        public LunrInput ParseInput()
        {
            Next("an array of documents or an object");
            if (_reader.TokenType == JsonTokenType.StartArray)
            {
                var documents = ParseDocumentArray("the top-level array");
                ExpectEnd();
                var keys = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (RawDocument d in documents)
                {
                    foreach (string key in d.Keys)
                    {
                        if (key != "id" && seen.Add(key)) keys.Add(key);
                    }
                }

                var fields = new List<LunrField>();
                foreach (string key in keys)
                {
                    if (LunrIndexBuilder.FieldNameProblem(key) is { } problem) throw new LunrInputException($"{source}: {problem}");
                    fields.Add(new LunrField(key));
                }

                return new LunrInput("id", fields, null, null, [], ToDocuments(documents, "id", null));
            }

            if (_reader.TokenType != JsonTokenType.StartObject) throw Error("expected an array of documents or an object");
            return ParseJob();
        }

        private LunrInput ParseJob()
        {
            string refField = "id";
            var fields = new List<LunrField>();
            double? b = null, k1 = null;
            List<string> whitelist = [];
            Dictionary<string, double>? boosts = null;
            List<RawDocument>? documents = null;

            while (true)
            {
                Next("a property name or '}'");
                if (_reader.TokenType == JsonTokenType.EndObject) break;
                long nameStart = _reader.TokenStartIndex;
                string name = GetString();
                Next("a value");
                switch (name)
                {
                    case "ref":
                        if (_reader.TokenType == JsonTokenType.Null) break;
                        if (_reader.TokenType != JsonTokenType.String) throw Error("'ref' must be a string");
                        string r = GetString();
                        if (r.Length > 0) refField = r; // the tester reads `input.ref || 'id'`
                        break;
                    case "fields":
                        fields = ParseFields();
                        break;
                    case "b":
                        b = GetNumber("'b' must be a number");
                        break;
                    case "k1":
                        k1 = GetNumber("'k1' must be a number");
                        break;
                    case "metadataWhitelist":
                        whitelist = ParseStringArray("'metadataWhitelist' must be an array of strings");
                        break;
                    case "documentBoosts":
                        boosts = ParseBoosts();
                        break;
                    case "documents":
                        if (_reader.TokenType != JsonTokenType.StartArray) throw Error("'documents' must be an array of objects");
                        documents = ParseDocumentArray("documents");
                        break;
                    default:
                        throw ErrorAt(nameStart, $"unknown property '{name}' (expected ref, fields, b, k1, metadataWhitelist, documentBoosts or documents)");
                }
            }

            ExpectEnd();
            if (documents is null) throw new LunrInputException($"{source}: the input object has no 'documents' array");
            return new LunrInput(refField, fields, b, k1, whitelist, ToDocuments(documents, refField, boosts));
        }

        private List<LunrField> ParseFields()
        {
            if (_reader.TokenType != JsonTokenType.StartArray) throw Error("'fields' must be an array of {name, boost} objects");
            var fields = new List<LunrField>();
            while (true)
            {
                Next("a field object or ']'");
                if (_reader.TokenType == JsonTokenType.EndArray) return fields;
                if (_reader.TokenType != JsonTokenType.StartObject) throw Error("each field must be an object {\"name\": …, \"boost\": …}");
                long start = _reader.TokenStartIndex;
                string? name = null;
                double boost = 1;
                while (true)
                {
                    Next("a property name or '}'");
                    if (_reader.TokenType == JsonTokenType.EndObject) break;
                    string property = GetString();
                    Next("a value");
                    if (property == "name")
                    {
                        if (_reader.TokenType != JsonTokenType.String) throw Error("a field's 'name' must be a string");
                        name = GetString();
                    }
                    else if (property == "boost")
                    {
                        // The tester passes {boost: null} on, and lunr reads `boost || 1`.
                        boost = _reader.TokenType == JsonTokenType.Null ? 1 : GetNumber("a field's 'boost' must be a number");
                    }
                    else
                    {
                        throw Error($"unknown field property '{property}' (expected name or boost)");
                    }
                }

                if (name is null) throw ErrorAt(start, "a field has no 'name'");
                if (LunrIndexBuilder.FieldNameProblem(name) is { } problem) throw ErrorAt(start, problem);
                fields.Add(new LunrField(name, boost));
            }
        }

        private Dictionary<string, double> ParseBoosts()
        {
            if (_reader.TokenType != JsonTokenType.StartObject) throw Error("'documentBoosts' must be an object mapping refs to numbers");
            var boosts = new Dictionary<string, double>(StringComparer.Ordinal);
            while (true)
            {
                Next("a ref or '}'");
                if (_reader.TokenType == JsonTokenType.EndObject) return boosts;
                string docRef = GetString();
                Next("a number");
                boosts[docRef] = _reader.TokenType == JsonTokenType.Null ? 1 : GetNumber($"the boost of document '{docRef}' must be a number");
            }
        }

        private List<string> ParseStringArray(string problem)
        {
            if (_reader.TokenType != JsonTokenType.StartArray) throw Error(problem);
            var items = new List<string>();
            while (true)
            {
                Next("a string or ']'");
                if (_reader.TokenType == JsonTokenType.EndArray) return items;
                if (_reader.TokenType != JsonTokenType.String) throw Error(problem);
                items.Add(GetString());
            }
        }

        private List<RawDocument> ParseDocumentArray(string what)
        {
            var documents = new List<RawDocument>();
            while (true)
            {
                Next("a document object or ']'");
                if (_reader.TokenType == JsonTokenType.EndArray) return documents;
                if (_reader.TokenType != JsonTokenType.StartObject) throw Error($"{what}[{documents.Count}] must be an object");
                var values = new Dictionary<string, LunrValue>(StringComparer.Ordinal);
                var keys = new List<string>();
                while (true)
                {
                    Next("a property name or '}'");
                    if (_reader.TokenType == JsonTokenType.EndObject) break;
                    string key = GetString();
                    Next("a value");
                    if (!values.ContainsKey(key)) keys.Add(key);
                    values[key] = ParseValue(); // duplicate keys: the last value wins, as in JSON.parse
                }

                documents.Add(new RawDocument(values, keys));
            }
        }

        private LunrValue ParseValue()
        {
            switch (_reader.TokenType)
            {
                case JsonTokenType.String:
                    return LunrValue.FromString(GetString());
                case JsonTokenType.Number:
                    return LunrValue.FromNumber(ParseNumber());
                case JsonTokenType.True:
                    return LunrValue.True;
                case JsonTokenType.False:
                    return LunrValue.False;
                case JsonTokenType.Null:
                    return LunrValue.Null;
                case JsonTokenType.StartObject:
                    _reader.Skip();
                    return LunrValue.Object;
                case JsonTokenType.StartArray:
                    var items = new List<LunrValue>();
                    while (true)
                    {
                        Next("a value or ']'");
                        if (_reader.TokenType == JsonTokenType.EndArray) return LunrValue.FromArray(items);
                        items.Add(ParseValue());
                    }

                default:
                    throw Error("expected a value");
            }
        }

        private double GetNumber(string problem)
        {
            if (_reader.TokenType != JsonTokenType.Number) throw Error(problem);
            return ParseNumber();
        }

        /// <summary>Like JSON.parse: correctly rounded, and overflow gives ±Infinity rather than an error.</summary>
        private readonly double ParseNumber() =>
            double.Parse(_reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture);

        /// <summary>
        /// Decodes a string (or property name) token. Done by hand because JS strings may hold lone
        /// surrogates (<c>"\ud800"</c>), which System.Text.Json refuses to materialise.
        /// </summary>
        private string GetString()
        {
            ReadOnlySpan<byte> raw = _reader.HasValueSequence ? _reader.ValueSequence.ToArray() : _reader.ValueSpan;
            try
            {
                if (!_reader.ValueIsEscaped) return StrictUtf8.GetString(raw);
                var sb = new StringBuilder(raw.Length);
                int i = 0;
                while (i < raw.Length)
                {
                    int slash = raw[i..].IndexOf((byte)'\\');
                    int runEnd = slash < 0 ? raw.Length : i + slash;
                    if (runEnd > i) sb.Append(StrictUtf8.GetString(raw[i..runEnd]));
                    if (slash < 0) break;
                    byte e = raw[runEnd + 1];
                    i = runEnd + 2;
                    switch (e)
                    {
                        case (byte)'"': sb.Append('"'); break;
                        case (byte)'\\': sb.Append('\\'); break;
                        case (byte)'/': sb.Append('/'); break;
                        case (byte)'b': sb.Append('\b'); break;
                        case (byte)'f': sb.Append('\f'); break;
                        case (byte)'n': sb.Append('\n'); break;
                        case (byte)'r': sb.Append('\r'); break;
                        case (byte)'t': sb.Append('\t'); break;
                        case (byte)'u':
                            sb.Append((char)int.Parse(Encoding.ASCII.GetString(raw.Slice(i, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                            i += 4;
                            break;
                        default:
                            throw Error("invalid escape in a string");
                    }
                }

                return sb.ToString();
            }
            catch (DecoderFallbackException)
            {
                throw Error("a string is not valid UTF-8");
            }
        }

        private void Next(string expected)
        {
            if (!_reader.Read()) throw ErrorAt(_json.Length, $"unexpected end of input, expected {expected}");
        }

        private void ExpectEnd()
        {
            if (_reader.Read()) throw Error("unexpected data after the end of the input");
        }

        private readonly List<LunrDocument> ToDocuments(List<RawDocument> raw, string refField, Dictionary<string, double>? boosts)
        {
            var documents = new List<LunrDocument>(raw.Count);
            foreach (RawDocument d in raw)
            {
                // String(doc[ref]): a missing ref becomes "undefined", numbers use JS formatting.
                string docRef = d.Values.TryGetValue(refField, out LunrValue? value) ? value.ToString() : "undefined";
                double boost = boosts is not null && boosts.TryGetValue(docRef, out double b) ? b : 1;
                documents.Add(new LunrDocument(docRef, d.Values, boost));
            }

            return documents;
        }

        private readonly LunrInputException Error(string message) => ErrorAt(_reader.TokenStartIndex, message);

        private readonly LunrInputException ErrorAt(long index, string message)
        {
            int line = 1, lineStart = 0;
            int end = (int)Math.Min(index, _json.Length);
            for (int i = 0; i < end; i++)
            {
                if (_json[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            // Column in characters, counting UTF-8 lead bytes only; the BOM shifts the first line.
            int column = 1 + (line == 1 ? offset > 0 ? 1 : 0 : 0);
            for (int i = lineStart; i < end; i++)
            {
                if ((_json[i] & 0xC0) != 0x80) column++;
            }

            return new LunrInputException($"{source}:{line}:{column}: {message}");
        }
    }

    private sealed record RawDocument(Dictionary<string, LunrValue> Values, List<string> Keys);
}
