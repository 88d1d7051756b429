namespace Parallax.Pipeline;

/// <summary>
/// Holds the stages to compose; <see cref="Build"/> freezes them into a <see cref="ParallaxEngine"/>.
/// Each Use method replaces one stage, so a caller swaps a stage without editing the others.
/// </summary>
public sealed class ParallaxBuilder
{
    private readonly Dictionary<string, IReportWriter> _writers = new(StringComparer.Ordinal);
    private IExtractor? _extractor;
    private ITextAnalyzer? _analyzer;
    private IStoryGrouper? _grouper;
    private IStoryComparer? _comparer;

    public ParallaxBuilder UseExtractor(IExtractor extractor)
    {
        _extractor = extractor;
        return this;
    }

    public ParallaxBuilder UseAnalyzer(ITextAnalyzer analyzer)
    {
        _analyzer = analyzer;
        return this;
    }

    public ParallaxBuilder UseGrouper(IStoryGrouper grouper)
    {
        _grouper = grouper;
        return this;
    }

    public ParallaxBuilder UseComparer(IStoryComparer comparer)
    {
        _comparer = comparer;
        return this;
    }

    public ParallaxBuilder UseWriter(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writers[writer.Format] = writer;
        return this;
    }

    public ParallaxEngine Build() => new(
        _extractor ?? throw new InvalidOperationException("No extractor: call UseExtractor."),
        _analyzer ?? throw new InvalidOperationException("No text analyzer: call UseAnalyzer."),
        _grouper ?? throw new InvalidOperationException("No story grouper: call UseGrouper."),
        _comparer ?? throw new InvalidOperationException("No comparer: call UseComparer."),
        new Dictionary<string, IReportWriter>(_writers, StringComparer.Ordinal));
}
