using System.Text.Json;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// A file's answers by input name: <c>key</c> for a field, <c>block.0.child</c> inside a repeatable block,
/// <c>key.rue</c>/<c>key.code-postal</c>/<c>key.commune</c> for an address. A field may hold several values
/// (multiple choice). Drafts keep what was typed, even invalid, so the person sees it again.
/// </summary>
internal sealed class AnswerSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public AnswerSet() { }

    public AnswerSet(IEnumerable<KeyValuePair<string, string[]>> values)
    {
        foreach (var (key, value) in values)
        {
            Values[key] = value;
        }
    }

    public Dictionary<string, string[]> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>The first value of an input, or empty.</summary>
    public string this[string name] => Values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] ?? "" : "";

    public IReadOnlyList<string> All(string name) => Values.TryGetValue(name, out var v) ? v : [];

    public bool Has(string name) => Values.TryGetValue(name, out var v) && v.Any(s => !string.IsNullOrWhiteSpace(s));

    public void Set(string name, params string[] values) => Values[name] = values;

    /// <summary>Drops every input of a field (and its parts) — used for hidden fields.</summary>
    public void RemoveField(string name)
    {
        foreach (
            var key in Values.Keys.Where(k => k == name || k.StartsWith(name + ".", StringComparison.Ordinal)).ToList()
        )
        {
            Values.Remove(key);
        }
    }

    /// <summary>Copies this set, then lays <paramref name="other"/> over it.</summary>
    public AnswerSet Merge(AnswerSet other)
    {
        var merged = new AnswerSet(Values);
        foreach (var (key, value) in other.Values)
        {
            merged.Values[key] = value;
        }
        return merged;
    }

    public string ToJson() => JsonSerializer.Serialize(Values, Json);

    public static AnswerSet FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new AnswerSet();
        }
        var values = JsonSerializer.Deserialize<Dictionary<string, string[]>>(json, Json) ?? [];
        return new AnswerSet(values);
    }
}
