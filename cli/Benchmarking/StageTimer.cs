using System.Diagnostics;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>Wall time of one piece of work, with what it returned.</summary>
internal static class StageTimer
{
    public static (T Result, TimeSpan Elapsed) Time<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);

        var started = Stopwatch.GetTimestamp();
        var result = work();
        return (result, Stopwatch.GetElapsedTime(started));
    }

    public static TimeSpan Time(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);

        var started = Stopwatch.GetTimestamp();
        work();
        return Stopwatch.GetElapsedTime(started);
    }
}
