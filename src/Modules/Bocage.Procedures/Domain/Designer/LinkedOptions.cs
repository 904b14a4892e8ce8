using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>
/// The options of a linked drop-down as the designer types them, as in Démarches Simplifiées: a line
/// « --Voirie-- » opens a first choice, the lines under it are its sub-choices. Each sub-choice is kept as
/// « Voirie / Nid-de-poule », so that the answer reads whole in exports and on the agent's page.
/// </summary>
internal static class LinkedOptions
{
    public const string Separator = " / ";

    public static List<ChoiceOption> Parse(string? text)
    {
        var options = new List<ChoiceOption>();
        string? group = null;
        foreach (
            var line in (text ?? "")
                .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Take(400)
        )
        {
            if (
                line.Length > 4
                && line.StartsWith("--", StringComparison.Ordinal)
                && line.EndsWith("--", StringComparison.Ordinal)
            )
            {
                group = line[2..^2].Trim();
                continue;
            }
            options.Add(new ChoiceOption(group is null ? line : group + Separator + line, line) { Group = group });
        }
        return options;
    }

    public static string Format(IEnumerable<ChoiceOption> options) =>
        string.Join(
            '\n',
            options
                .GroupBy(o => o.Group)
                .SelectMany(g => (g.Key is null ? [] : new[] { $"--{g.Key}--" }).Concat(g.Select(o => o.Label)))
        );
}
