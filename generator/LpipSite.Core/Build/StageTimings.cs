using System.Diagnostics;

namespace LpipSite.Core.Build;

/// <summary>How long each pipeline stage took, in the order they started. Stages may overlap (the search index builds while pages render), so the total is wall time, not their sum. Thread-safe.</summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly List<(string Stage, TimeSpan Start, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages
    {
        get
        {
            lock (_lock)
            {
                return _stages.OrderBy(s => s.Start).Select(s => (s.Stage, s.Elapsed)).ToList();
            }
        }
    }

    /// <summary>From the start of the first stage to the end of the last.</summary>
    public TimeSpan Total
    {
        get
        {
            lock (_lock)
            {
                return _stages.Count == 0 ? TimeSpan.Zero : _stages.Max(s => s.Start + s.Elapsed) - _stages.Min(s => s.Start);
            }
        }
    }

    public T Time<T>(string stage, Func<T> run)
    {
        var start = _clock.Elapsed;
        try
        {
            return run();
        }
        finally
        {
            var elapsed = _clock.Elapsed - start;
            lock (_lock)
            {
                _stages.Add((stage, start, elapsed));
            }
        }
    }

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });

    public override string ToString() =>
        string.Join(", ", Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms"));
}
