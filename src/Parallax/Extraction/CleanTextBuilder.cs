using System.Text;
using Parallax.Documents;

namespace Parallax.Extraction;

/// <summary>Writes a clean text and, in step, the <see cref="OffsetMap"/> from it back to the input.</summary>
internal sealed class CleanTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly OffsetMap.Builder _map = new();

    public int Length => _text.Length;

    /// <summary>Appends input[start..start+length] verbatim.</summary>
    public void Copy(string input, int start, int length)
    {
        _text.Append(input, start, length);
        _map.Copied(start, length);
    }

    /// <summary>Appends text that is not in the input verbatim (a break, a decoded entity), mapped to input offset <paramref name="inputAt"/>.</summary>
    public void Insert(string text, int inputAt)
    {
        _text.Append(text);
        _map.Inserted(inputAt, text.Length);
    }

    public (string Text, OffsetMap Map) Build() => (_text.ToString(), _map.Build());
}
