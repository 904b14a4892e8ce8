using System.Text.Json.Nodes;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// A check across columns that SCDL schemas declare in <c>custom_checks</c>, run by Validata (the validator of
/// schema.data.gouv.fr) beside Table Schema's own: its name and parameters as the schema writes them.
/// </summary>
internal sealed record CustomCheck(string Name, JsonObject Params)
{
    public string Column => Text("column") ?? Text("column1") ?? "";

    public string? Text(string key) => Params[key]?.GetValue<string>();

    public IReadOnlyList<string> Texts(string key) =>
        Params[key] is JsonArray items ? items.Select(i => i!.GetValue<string>()).ToList() : [];
}
