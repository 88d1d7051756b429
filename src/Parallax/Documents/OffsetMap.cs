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

    /// <summary>The pieces of the map in clean-text order, for persistence (see <see cref="FromPieces"/>).</summary>
    public IReadOnlyList<Piece> Pieces()
    {
        var pieces = new Piece[_cleanStarts.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = new Piece(_cleanStarts[i], _inputStarts[i], _copied[i]);
        }

        return pieces;
    }

    /// <summary>
    /// Rebuilds a map from the pieces <see cref="Pieces"/> returned. The first piece starts at clean offset 0,
    /// later clean starts increase strictly and stay below <paramref name="cleanLength"/>,
    /// and input offsets are not negative; anything else throws <see cref="ArgumentException"/>.
    /// </summary>
    public static OffsetMap FromPieces(IReadOnlyList<Piece> pieces, int cleanLength)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentOutOfRangeException.ThrowIfNegative(cleanLength);
        if (pieces.Count == 0 || pieces[0].CleanStart != 0)
        {
            throw new ArgumentException("an offset map needs a first piece at clean offset 0", nameof(pieces));
        }

        var clean = new int[pieces.Count];
        var input = new int[pieces.Count];
        var copied = new bool[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            var ordered = i == 0 || (p.CleanStart > clean[i - 1] && p.CleanStart < cleanLength);
            if (!ordered || p.InputStart < 0)
            {
                throw new ArgumentException($"offset map piece {i} ({p}) is out of order or out of range", nameof(pieces));
            }

            (clean[i], input[i], copied[i]) = (p.CleanStart, p.InputStart, p.Copied);
        }

        return new OffsetMap(clean, input, copied, cleanLength);
    }

    /// <summary>One piece of a map: clean text from <see cref="CleanStart"/> maps to input offset <see cref="InputStart"/>.</summary>
    public readonly record struct Piece(int CleanStart, int InputStart, bool Copied);

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
