namespace Bocage.Places.Domain.Import;

/// <summary>
/// Why a line was refused, or the whole file (<see cref="Line"/> 0): the column, the value read, and the text key
/// with its arguments, said in the agent's language by the page.
/// </summary>
internal sealed record PlaceImportProblem(int Line, string Column, string Value, string Key, object[] Arguments)
{
    public static PlaceImportProblem OfFile(string key, params object[] arguments) => new(0, "", "", key, arguments);
}
