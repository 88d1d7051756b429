using System.Buffers;
using System.Collections.Frozen;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// A CSS selector list from the rules, tested on every element of a page. A list made only of the simple forms
/// <c>tag</c>, <c>[attr]</c>, <c>[attr='v']</c> and <c>[attr*='v']</c> (alone or joined, as in <c>abbr[title]</c>)
/// is matched by reading each element's attributes once and looking every substring up in one vectorised search
/// per attribute name; any other list is left to AngleSharp. Both give the same answers (tested on every element of
/// generated pages).
/// </summary>
internal sealed class ElementSelector
{
    private readonly ISelector _angleSharp;
    private readonly Compiled? _compiled;

    public ElementSelector(string selectorList)
    {
        _angleSharp = new CssSelectorParser().ParseSelector(selectorList)
            ?? throw new InvalidDataException($"not a valid selector: {selectorList}");
        _compiled = Compiled.TryParse(selectorList);
    }

    /// <summary>Whether the list is matched without AngleSharp's selector objects.</summary>
    public bool IsCompiled => _compiled is not null;

    public bool Matches(IElement e) => _compiled?.Matches(e) ?? _angleSharp.Match(e, null);

    /// <summary>One alternative of the list: a tag (or none) and attribute conditions, all of which must hold.</summary>
    private sealed record Alternative(string? Tag, (string Name, char Op, string Value)[] Conditions);

    private sealed class Compiled
    {
        private readonly FrozenSet<string> _tags;
        private readonly FrozenDictionary<string, AttributeTest> _byAttribute;
        private readonly Alternative[] _joined;

        private Compiled(List<Alternative> alternatives)
        {
            _tags = alternatives.Where(a => a.Conditions.Length == 0).Select(a => a.Tag!).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            _byAttribute = alternatives.Where(a => a.Tag is null && a.Conditions.Length == 1).Select(a => a.Conditions[0])
                .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => new AttributeTest([.. g]), StringComparer.OrdinalIgnoreCase);
            _joined = [.. alternatives.Where(a => a.Conditions.Length > (a.Tag is null ? 1 : 0))];
        }

        public bool Matches(IElement e)
        {
            if (_tags.Contains(e.LocalName))
            {
                return true;
            }

            foreach (var attr in e.Attributes)
            {
                if (_byAttribute.TryGetValue(attr.Name, out var test) && test.Holds(attr.Value))
                {
                    return true;
                }
            }

            foreach (var a in _joined)
            {
                if ((a.Tag is null || string.Equals(a.Tag, e.LocalName, StringComparison.OrdinalIgnoreCase)) && AllHold(a, e))
                {
                    return true;
                }
            }

            return false;
        }

        // A loop, not a lambda: this runs on every element of every page.
        private static bool AllHold(Alternative a, IElement e)
        {
            foreach (var (name, op, wanted) in a.Conditions)
            {
                if (e.GetAttribute(name) is not { } value || !Holds(op, wanted, value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The list parsed into alternatives, or null when it holds anything beyond the simple forms.</summary>
        public static Compiled? TryParse(string list)
        {
            var alternatives = new List<Alternative>();
            foreach (var part in list.Split(','))
            {
                if (Parse(part.Trim()) is not { } alternative)
                {
                    return null;
                }

                alternatives.Add(alternative);
            }

            return new Compiled(alternatives);
        }

        private static Alternative? Parse(string s)
        {
            var i = 0;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '-'))
            {
                i++;
            }

            var tag = i > 0 ? s[..i] : null;
            var conditions = new List<(string, char, string)>();
            while (i < s.Length)
            {
                var close = s.IndexOf(']', i);
                if (s[i] != '[' || close < 0 || Condition(s[(i + 1)..close]) is not { } condition)
                {
                    return null;
                }

                conditions.Add(condition);
                i = close + 1;
            }

            return tag is null && conditions.Count == 0 ? null : new Alternative(tag, [.. conditions]);
        }

        private static (string, char, string)? Condition(string inner)
        {
            var eq = inner.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                return IsName(inner) ? (inner, ' ', "") : null;
            }

            var op = eq > 0 && inner[eq - 1] == '*' ? '*' : '=';
            var name = inner[..(op == '*' ? eq - 1 : eq)];
            var value = inner[(eq + 1)..];
            if (!IsName(name) || value.Length < 2 || value[0] is not ('\'' or '"') || value[^1] != value[0] || value[1..^1].Contains(value[0], StringComparison.Ordinal))
            {
                return null;
            }

            return (name, op, value[1..^1]);
        }

        private static bool IsName(string s) => s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

        private static bool Holds(char op, string wanted, string value) => op switch
        {
            ' ' => true,
            '=' => string.Equals(value, wanted, StringComparison.Ordinal),
            _ => wanted.Length > 0 && value.Contains(wanted, StringComparison.Ordinal),
        };
    }

    /// <summary>The single-condition alternatives on one attribute name.</summary>
    private sealed class AttributeTest
    {
        private readonly bool _present;
        private readonly FrozenSet<string> _equals;
        private readonly SearchValues<string>? _contains;

        public AttributeTest((string Name, char Op, string Value)[] conditions)
        {
            _present = conditions.Any(c => c.Op == ' ');
            _equals = conditions.Where(c => c.Op == '=').Select(c => c.Value).ToFrozenSet(StringComparer.Ordinal);
            var contains = conditions.Where(c => c.Op == '*' && c.Value.Length > 0).Select(c => c.Value).ToArray();
            _contains = contains.Length > 0 ? SearchValues.Create(contains, StringComparison.Ordinal) : null;
        }

        public bool Holds(string value) =>
            _present || _equals.Contains(value) || (_contains is not null && value.AsSpan().IndexOfAny(_contains) >= 0);
    }
}
