using System.Text;

namespace Parallax.Ingest;

/// <summary>One line of a JSON Lines input; <see cref="Text"/> is null when the line was over the length cap.</summary>
internal readonly record struct Line(int Number, string? Text)
{
    public bool TooLong => Text is null;
}

/// <summary>
/// Reads UTF-8 text line by line without ever holding more than one capped line: a line longer than the cap
/// is skipped to its end and reported as too long. Line ends are "\n" or "\r\n".
/// </summary>
internal sealed class BoundedLineReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly int _maxChars;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _pos;
    private int _len;
    private int _number;

    public BoundedLineReader(Stream stream, int maxChars, bool leaveOpen)
    {
        _reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen);
        _maxChars = maxChars;
    }

    /// <summary>The next line, or null at the end of the input.</summary>
    public async ValueTask<Line?> ReadAsync(CancellationToken ct)
    {
        _line.Clear();
        var tooLong = false;
        var started = false;
        while (true)
        {
            if (_pos == _len)
            {
                _len = await _reader.ReadAsync(_buffer.AsMemory(), ct).ConfigureAwait(false);
                _pos = 0;
                if (_len == 0)
                {
                    return started ? Finish(tooLong) : null;
                }
            }

            started = true;
            var rest = _buffer.AsSpan(_pos, _len - _pos);
            var newline = rest.IndexOf('\n');
            var take = newline < 0 ? rest.Length : newline;
            if (!tooLong && _line.Length + take > _maxChars)
            {
                tooLong = true;
                _line.Clear();
            }

            if (!tooLong)
            {
                _line.Append(rest[..take]);
            }

            _pos += newline < 0 ? take : take + 1;
            if (newline >= 0)
            {
                return Finish(tooLong);
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private Line Finish(bool tooLong)
    {
        _number++;
        if (tooLong)
        {
            _line.Clear();
            return new Line(_number, null);
        }

        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return new Line(_number, _line.ToString());
    }
}
