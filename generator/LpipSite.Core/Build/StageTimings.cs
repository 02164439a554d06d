using System.Diagnostics;

namespace LpipSite.Core.Build;

/// <summary>How long each pipeline stage took, in the order they ran.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public TimeSpan Total => _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);

    public T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return run();
        }
        finally
        {
            _stages.Add((stage, watch.Elapsed));
        }
    }

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });

    public override string ToString() =>
        string.Join(", ", _stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms"));
}
