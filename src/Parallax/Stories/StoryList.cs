using System.Collections;

namespace Parallax.Stories;

/// <summary>
/// The clusterer's stories in order of creation, with removal in constant time: a removed story is only marked,
/// and the list is compacted when it is next read. A merge removes a story, so removing from a plain list
/// (a scan of all stories) would make a long stream quadratic.
/// </summary>
internal sealed class StoryList : IReadOnlyList<StoryCluster>
{
    private readonly List<StoryCluster> _items = [];
    private readonly HashSet<StoryCluster> _removed = [];

    public int Count
    {
        get
        {
            Compact();
            return _items.Count;
        }
    }

    public StoryCluster this[int index]
    {
        get
        {
            Compact();
            return _items[index];
        }
    }

    public void Add(StoryCluster story) => _items.Add(story);

    /// <summary>Marks the story removed; returns whether it was listed and not removed before.</summary>
    public bool Remove(StoryCluster story) => _removed.Add(story);

    public IEnumerator<StoryCluster> GetEnumerator()
    {
        Compact();
        return _items.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Compact()
    {
        if (_removed.Count == 0)
        {
            return;
        }

        _items.RemoveAll(_removed.Contains);
        _removed.Clear();
    }
}
