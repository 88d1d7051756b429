using System.Text.Json;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Reads article fields from schema.org JSON-LD blocks (<c>&lt;script type="application/ld+json"&gt;</c>):
/// the first object whose @type is an article type, or any object with a headline, across @graph arrays.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxBlockChars = 1_000_000;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    internal sealed record JsonLdArticle(string? Headline, IReadOnlyList<string> Authors, string? Published, string? Modified, string? Publisher, string? Language)
    {
        /// <summary>Whether the author is given as an Organization, not a Person.</summary>
        public bool AuthorIsOrganisation { get; init; }
    }

    /// <summary>The article fields of the blocks, or null; <paramref name="invalid"/> counts blocks that are not valid JSON.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> blocks, out int invalid)
    {
        invalid = 0;
        JsonLdArticle? best = null;
        foreach (var block in blocks)
        {
            if (block.Length > MaxBlockChars)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(block, Options);
                var named = NamedNodes(doc.RootElement);
                foreach (var obj in Objects(doc.RootElement, 0))
                {
                    var found = FromObject(obj, named);
                    if (found is not null && (best is null || (IsArticleType(obj) && best.Headline is null)))
                    {
                        best = found;
                    }

                    if (found is not null && IsArticleType(obj))
                    {
                        return found;
                    }
                }
            }
            catch (JsonException)
            {
                invalid++;
            }
        }

        return best;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e, int depth)
    {
        if (depth > 6)
        {
            yield break;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                foreach (var o in Objects(item, depth + 1))
                {
                    yield return o;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var graph))
            {
                foreach (var o in Objects(graph, depth + 1))
                {
                    yield return o;
                }
            }

            if (e.TryGetProperty("mainEntity", out var main))
            {
                foreach (var o in Objects(main, depth + 1))
                {
                    yield return o;
                }
            }
        }
    }

    private static bool IsArticleType(JsonElement o) =>
        o.TryGetProperty("@type", out var t) && Strings(t).Any(s => s.EndsWith("Article", StringComparison.Ordinal)
            || s is "BlogPosting" or "Report" or "LiveBlogPosting" or "SocialMediaPosting" or "Posting");

    /// <summary>The names of the nodes in a block by their @id, for authors given as references (<c>{"@id": "#/person/1"}</c>).</summary>
    private static Dictionary<string, string> NamedNodes(JsonElement root)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in Objects(root, 0).Take(200))
        {
            if (Str(o, "@id") is { } id && Str(o, "name") is { } name)
            {
                named.TryAdd(id, name);
            }
        }

        return named;
    }

    private static JsonLdArticle? FromObject(JsonElement o, Dictionary<string, string> named)
    {
        var headline = Str(o, "headline");
        var published = Str(o, "datePublished") ?? Str(o, "dateCreated") ?? Str(o, "uploadDate");
        if (headline is null && published is null)
        {
            return null;
        }

        // schema.org: creator "is the same as the Author property for CreativeWork"; pages list co-writers there.
        var authors = o.TryGetProperty("author", out var a) ? Names(a, named).ToList() : [];
        if (o.TryGetProperty("creator", out var creator))
        {
            authors.AddRange(Names(creator, named).Where(n => !authors.Contains(n, StringComparer.OrdinalIgnoreCase)));
        }

        var publisher = o.TryGetProperty("publisher", out var p) ? Names(p, named).FirstOrDefault() : null;
        return new JsonLdArticle(headline, authors, published, Str(o, "dateModified"), publisher, Str(o, "inLanguage"))
        {
            AuthorIsOrganisation = a.ValueKind == JsonValueKind.Object && a.TryGetProperty("@type", out var type)
                && Strings(type).Any(s => s is "Organization" or "NewsMediaOrganization" or "Corporation"),
        };
    }

    private static IEnumerable<string> Names(JsonElement e, Dictionary<string, string> named) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => Str(e, "name") is { } n ? [n]
            : Str(e, "@id") is { } id && named.TryGetValue(id, out var byId) ? [byId]
            : [],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(x => x.ValueKind is JsonValueKind.String or JsonValueKind.Object ? Names(x, named) : []),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!),
        _ => [],
    };

    private static string? Str(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : null;
}
