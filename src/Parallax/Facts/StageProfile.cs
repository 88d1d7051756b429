using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Parallax.Facts;

/// <summary>The steps of <see cref="TextAnalyzer"/>, in the order they run.</summary>
public enum AnalysisStage
{
    Tokens,
    Sentences,
    Time,
    Entities,
    Quantities,
    Quotes,
    Statements,
    Events,
}

/// <summary>
/// Time and allocated bytes per analysis stage, summed over every article analysed with it (thread-safe), so a
/// throughput run can say where its time goes (`parallax annotate --profile`). Allocation counts come from
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>, so they hold however many threads run at once.
/// </summary>
public sealed class StageProfile
{
    private static readonly AnalysisStage[] Stages = Enum.GetValues<AnalysisStage>();
    private readonly long[] _ticks = new long[Stages.Length];
    private readonly long[] _bytes = new long[Stages.Length];
    private long _articles;
    private long _chars;

    /// <summary>A point in a thread's run: the clock and that thread's allocated bytes.</summary>
    public readonly record struct Mark(long Timestamp, long Allocated)
    {
        public static Mark Now() => new(Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
    }

    /// <summary>Adds the time and bytes since <paramref name="since"/> to the stage; returns the new mark.</summary>
    public Mark Add(AnalysisStage stage, Mark since)
    {
        var now = Mark.Now();
        Interlocked.Add(ref _ticks[(int)stage], now.Timestamp - since.Timestamp);
        Interlocked.Add(ref _bytes[(int)stage], now.Allocated - since.Allocated);
        return now;
    }

    /// <summary>Counts one analysed article of <paramref name="chars"/> characters.</summary>
    public void Count(int chars)
    {
        Interlocked.Increment(ref _articles);
        Interlocked.Add(ref _chars, chars);
    }

    public TimeSpan TimeOf(AnalysisStage stage) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)stage]));

    public long BytesOf(AnalysisStage stage) => Interlocked.Read(ref _bytes[(int)stage]);

    /// <summary>One line per stage: seconds, share of the total, M chars/s of that stage alone, bytes allocated per character.</summary>
    public string Describe()
    {
        var total = Stages.Sum(s => TimeOf(s).TotalSeconds);
        var chars = Math.Max(1, Interlocked.Read(ref _chars));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"stage        seconds  share  M chars/s  bytes/char  ({Interlocked.Read(ref _articles)} articles, {chars / 1e6:F2} M chars)\n");
        foreach (var stage in Stages)
        {
            var seconds = TimeOf(stage).TotalSeconds;
            text.Append(CultureInfo.InvariantCulture,
                $"{stage,-12} {seconds,7:F2}  {100 * seconds / Math.Max(total, 1e-9),4:F0}%  {chars / 1e6 / Math.Max(seconds, 1e-9),9:F2}  {(double)BytesOf(stage) / chars,10:F1}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{"all",-12} {total,7:F2}  100%  {chars / 1e6 / Math.Max(total, 1e-9),9:F2}  {(double)Stages.Sum(BytesOf) / chars,10:F1}");
        return text.ToString();
    }
}
