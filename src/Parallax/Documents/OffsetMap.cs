namespace Parallax.Documents;

/// <summary>
/// Maps offsets of a clean text back to the decoded input it was cut from. The clean text is a sequence of
/// pieces; each piece is a run of characters copied from the input (same length) or inserted by extraction
/// (a paragraph break, a space for a tag). An inserted piece maps to the input offset where it was inserted.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly int[] _inputStarts;
    private readonly bool[] _copied;

    private OffsetMap(int[] cleanStarts, int[] inputStarts, bool[] copied, int cleanLength)
    {
        _cleanStarts = cleanStarts;
        _inputStarts = inputStarts;
        _copied = copied;
        CleanLength = cleanLength;
    }

    public int CleanLength { get; }

    public int PieceCount => _cleanStarts.Length;

    public static OffsetMap Identity(int length) => new([0], [0], [true], length);

    /// <summary>The input offset of clean offset <paramref name="clean"/> (0 &lt;= clean &lt;= CleanLength).</summary>
    public int ToInput(int clean)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(clean);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clean, CleanLength);
        var i = Array.BinarySearch(_cleanStarts, clean);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return _copied[i] ? _inputStarts[i] + (clean - _cleanStarts[i]) : _inputStarts[i];
    }

    /// <summary>Builds a map piece by piece while the clean text is written.</summary>
    public sealed class Builder
    {
        private readonly List<int> _clean = [];
        private readonly List<int> _input = [];
        private readonly List<bool> _copied = [];
        private int _length;

        public int Length => _length;

        /// <summary>Records that <paramref name="length"/> characters were copied from input offset <paramref name="inputStart"/>.</summary>
        public void Copied(int inputStart, int length) => Add(inputStart, length, copied: true);

        /// <summary>Records that <paramref name="length"/> characters were inserted at input offset <paramref name="inputAt"/>.</summary>
        public void Inserted(int inputAt, int length) => Add(inputAt, length, copied: false);

        private void Add(int input, int length, bool copied)
        {
            if (length <= 0)
            {
                return;
            }

            var last = _clean.Count - 1;
            if (last >= 0 && copied && _copied[last] && _input[last] + (_length - _clean[last]) == input)
            {
                _length += length;
                return;
            }

            _clean.Add(_length);
            _input.Add(input);
            _copied.Add(copied);
            _length += length;
        }

        public OffsetMap Build() => _clean.Count == 0
            ? Identity(0)
            : new OffsetMap([.. _clean], [.. _input], [.. _copied], _length);
    }
}
