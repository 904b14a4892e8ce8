using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bocage.Places.Domain.Media;

/// <summary>
/// A place's panoramas as one visit for Pannellum: a scene per panorama (phone and screen sizes, the script picks),
/// its passages as scene hotspots titled with the room they lead to, and Pannellum's own words in the visitor's
/// language. Written into a data attribute of the page (never run), so the page's CSP needs no inline script.
/// </summary>
internal static class VisitScenes
{
    public static string Json(
        string slug,
        IReadOnlyList<PlaceMedia> panoramas,
        CultureInfo culture,
        IReadOnlyDictionary<string, string> strings
    )
    {
        var titles = panoramas.ToDictionary(p => p.Id, p => p.Title.In(culture));
        var scenes = new JsonObject();
        foreach (var p in panoramas)
        {
            var hotspots = new JsonArray();
            foreach (var h in p.Hotspots.Where(h => titles.ContainsKey(h.Target)))
            {
                hotspots.Add(
                    new JsonObject
                    {
                        ["pitch"] = h.Pitch,
                        ["yaw"] = h.Yaw,
                        ["type"] = "scene",
                        ["text"] = titles[h.Target],
                        ["sceneId"] = h.Target.ToString("N"),
                    }
                );
            }
            scenes[p.Id.ToString("N")] = new JsonObject
            {
                ["title"] = titles[p.Id],
                ["small"] = p.FilePath(slug, small: true),
                ["large"] = p.FilePath(slug),
                ["hotSpots"] = hotspots,
            };
        }
        var visit = new JsonObject
        {
            ["first"] = panoramas.Count > 0 ? panoramas[0].Id.ToString("N") : null,
            ["scenes"] = scenes,
            ["strings"] = new JsonObject(strings.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
        };
        // The default encoder escapes <, > and & as well: safe in an attribute once Razor has encoded its quotes.
        return visit.ToJsonString(JsonSerializerOptions.Default);
    }
}
