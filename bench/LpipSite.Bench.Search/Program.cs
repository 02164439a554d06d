using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LpipSite.Bench.Search;
using LpipSite.Core.Search;

// Side-by-side benchmark: our Lunr index builder vs lunr.js 2.3.9 on the same generated corpora.
//   dotnet run -c Release --project bench/LpipSite.Bench.Search [-- --sizes 1000,10000 --iterations 5 --node-iterations 3]
// Internal mode, used for peak memory: --child INPUT OUTPUT (one build in a fresh process).
if (args.Length == 3 && args[0] == "--child") return Child(args[1], args[2]);

int[] sizes = [1000, 10000];
int iterations = 5, nodeIterations = 3;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--sizes": sizes = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
        case "--iterations": iterations = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--node-iterations": nodeIterations = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

string root = LpipSite.Testing.RepositoryRoot.Path;
string work = Path.Combine(root, ".tmp", "bench");
Directory.CreateDirectory(work);
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, node {Run("node", "--version").Trim()}");
Console.WriteLine();
Console.WriteLine("| docs | ours build+write (median) | ours cold: fresh process, read+build+write | lunr.js build+stringify (median) | time ours/lunr | cold ours/lunr | ours peak RSS | node peak RSS | memory ours/node | bytes/doc ours | bytes/doc lunr | identical |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");

foreach (int size in sizes)
{
    string input = Path.Combine(work, $"corpus-{size}.json");
    CorpusWriter.Write(input, size);

    // Ours, in process: parse once, then build + serialise several times after two warm-up runs
    // (the first runs still execute tier-0 code; the cold figure comes from the child process below).
    LunrInput parsed = LunrInputReader.ReadFile(input);
    var times = new List<double>();
    long bytes = 0;
    const int WarmUp = 2;
    for (int i = 0; i < iterations + WarmUp; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        var counter = new CountingStream();
        parsed.BuildIndex().WriteTo(counter);
        stopwatch.Stop();
        bytes = counter.Length;
        if (i >= WarmUp) times.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    // Peak memory (and the output for comparison) from a fresh process that reads, builds and writes once.
    string oursOut = Path.Combine(work, $"ours-{size}.json");
    var child = JsonDocument.Parse(RunSelf("--child", input, oursOut)).RootElement;
    long oursRssKb = child.GetProperty("maxRssKb").GetInt64();
    double oursCold = child.GetProperty("ms").GetDouble();

    // lunr.js: one run for peak memory and output, one for timing.
    string lunrOut = Path.Combine(work, $"lunr-{size}.json");
    string bench = Path.Combine(root, "bench", "lunr-bench.js");
    var nodeSingle = JsonDocument.Parse(Run("node", bench, input, "1", lunrOut)).RootElement;
    long nodeRssKb = nodeSingle.GetProperty("maxRssKb").GetInt64();
    long lunrBytes = nodeSingle.GetProperty("bytes").GetInt64();
    var nodeTimes = nodeSingle.GetProperty("timesMs").EnumerateArray().Select(e => e.GetDouble()).ToList();
    if (nodeIterations > 1)
    {
        var nodeTimed = JsonDocument.Parse(Run("node", bench, input, (nodeIterations - 1).ToString(CultureInfo.InvariantCulture))).RootElement;
        nodeTimes.AddRange(nodeTimed.GetProperty("timesMs").EnumerateArray().Select(e => e.GetDouble()));
    }

    bool identical = File.ReadAllBytes(oursOut).AsSpan().SequenceEqual(File.ReadAllBytes(lunrOut));
    double ours = Median(times), lunr = Median(nodeTimes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {size:N0} | {ours:F0} ms | {oursCold:F0} ms | {lunr:F0} ms | {ours / lunr:F3} | {oursCold / lunr:F3} | {oursRssKb / 1024.0:F0} MB | {nodeRssKb / 1024.0:F0} MB | {(double)oursRssKb / nodeRssKb:F2} | {bytes / (double)size:F0} | {lunrBytes / (double)size:F0} | {(identical ? "yes" : "NO")} |"));
}

return 0;

static int Child(string input, string output)
{
    var stopwatch = Stopwatch.StartNew();
    LunrIndex index = LunrInputReader.ReadFile(input).BuildIndex();
    using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16)) index.WriteTo(stream);
    stopwatch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"ms\":{stopwatch.Elapsed.TotalMilliseconds:F0},\"maxRssKb\":{PeakRssKb()}}}"));
    return 0;
}

// VmHWM is the peak resident set size, the same measure as Node's resourceUsage().maxRSS.
static long PeakRssKb()
{
    foreach (string line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
    }

    return Process.GetCurrentProcess().PeakWorkingSet64 / 1024;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    int n = sorted.Count;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
}

static string RunSelf(params string[] arguments)
{
    string host = Environment.ProcessPath!;
    bool viaDotnet = Path.GetFileNameWithoutExtension(host) == "dotnet";
    return Run(host, [.. viaDotnet ? [typeof(CorpusWriter).Assembly.Location] : Array.Empty<string>(), .. arguments]);
}

static string Run(string file, params string[] arguments)
{
    var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (string a in arguments) start.ArgumentList.Add(a);
    using Process process = Process.Start(start)!;
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}");
    return output;
}

/// <summary>A write-only sink that only counts bytes, so timing measures building and formatting.</summary>
internal sealed class CountingStream : Stream
{
    private long _length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => _length += count;
    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
}
