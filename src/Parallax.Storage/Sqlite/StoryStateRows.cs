using System.Buffers.Binary;
using System.Text;

namespace Parallax.Storage.Sqlite;

/// <summary>
/// The binary columns of the story-stream state: a centroid (count, then per term its UTF-8 key with its length
/// and the weight as an IEEE double), event dates (day numbers) and postings (story orders of creation); all
/// little-endian 32-bit integers. Decoding refuses truncated data.
/// </summary>
internal static class StoryStateRows
{
    public static byte[] EncodeCentroid(IReadOnlyList<KeyValuePair<string, double>> centroid)
    {
        var size = 4 + centroid.Sum(p => 4 + Encoding.UTF8.GetByteCount(p.Key) + 8);
        var bytes = new byte[size];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, centroid.Count);
        var at = 4;
        foreach (var (key, value) in centroid)
        {
            var length = Encoding.UTF8.GetBytes(key, span[(at + 4)..]);
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], length);
            at += 4 + length;
            BinaryPrimitives.WriteDoubleLittleEndian(span[at..], value);
            at += 8;
        }

        return bytes;
    }

    public static List<KeyValuePair<string, double>> DecodeCentroid(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var count = BinaryPrimitives.ReadInt32LittleEndian(span);
        var centroid = new List<KeyValuePair<string, double>>(count);
        var at = 4;
        for (var i = 0; i < count; i++)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
            var key = Encoding.UTF8.GetString(span.Slice(at + 4, length));
            at += 4 + length;
            centroid.Add(new(key, BinaryPrimitives.ReadDoubleLittleEndian(span[at..])));
            at += 8;
        }

        return centroid;
    }

    public static byte[] EncodeInts(IEnumerable<int> values)
    {
        var list = values.ToList();
        var bytes = new byte[4 * list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4 * i), list[i]);
        }

        return bytes;
    }

    public static int[] DecodeInts(byte[] bytes)
    {
        var values = new int[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4 * i));
        }

        return values;
    }
}
