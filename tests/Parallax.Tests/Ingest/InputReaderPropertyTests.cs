using FsCheck;
using FsCheck.Fluent;
using Parallax.Ingest;
using Parallax.Tests.Storage;

namespace Parallax.Tests.Ingest;

public sealed class InputReaderPropertyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Random_bytes_in_any_supported_file_never_throw_and_always_give_an_item()
    {
        var extensions = Gen.Elements(".html", ".txt", ".jsonl", ".htm");
        var bytes = ArbMap.Default.GeneratorFor<byte[]>();
        var cases = extensions.SelectMany(ext => bytes.Select(content => (ext, content)));
        var n = 0;

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var path = _folder.File($"case{n++}{c.ext}", c.content);
            var items = IngestTestKit.ReadAll([path], IngestOptions.Default with { MaxLineChars = 64 }).GetAwaiter().GetResult();
            return items.Count > 0 && items.All(i => i.IsDocument ? i.Document.Name.StartsWith(path, StringComparison.Ordinal) : i.Diagnostic.Source is not null);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_json_like_lines_never_throw()
    {
        var pieces = Gen.Elements("{", "}", "[", "]", "\"text\"", "\"html\"", ":", ",", "\"x\"", "1", "null", "\n", "\\", "\"published\"", "\"2021-07-28\"", "\\ud800", "\\u0000", "\"\\udc00x\"");
        var lines = pieces.ListOf().Select(p => string.Concat(p));
        var n = 0;

        Prop.ForAll(lines.ToArbitrary(), text =>
        {
            var path = _folder.File($"j{n++}.jsonl", text);
            var items = IngestTestKit.ReadAll([path]).GetAwaiter().GetResult();
            return items.Count > 0;
        }).QuickCheckThrowOnFailure();
    }
}
