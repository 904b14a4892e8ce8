using Bocage.Procedures.Domain.Definitions;
using static Bocage.Procedures.Tests.Answers.TestForms;

namespace Bocage.Procedures.Tests.Answers;

/// <summary>
/// Every field type fed hostile values: the validator answers with messages, never an exception, and never
/// accepts them. (Values that are legitimately acceptable for a type, such as a long text's line breaks, are not
/// hostile.)
/// </summary>
public sealed class HostileInputTests
{
    /// <summary>
    /// Hostile values; those marked wrong are refused by every type, the others (a plain "-5" is a fine number) only
    /// must not throw.
    /// </summary>
    public static IEnumerable<(string Value, bool AlwaysWrong)> HostileValues()
    {
        yield return (new string('x', 1_000_000), true);
        yield return ("abc\u0000def", true);
        yield return ("\u0007\u001b[31m", true);
        yield return ("\uD800broken", true);
        yield return ("caf\uFFFD", true);
        yield return ("'; DROP TABLE files; --\u0000", true);
        yield return ("<script>\u0000</script>", true);
        yield return ("NaN\u0001", true);
        yield return ("-99999999999999999999", false);
        yield return ("-5", false);
        yield return ("31/13/99999", false);
        yield return ("0001-01-01", false);
        yield return ("9999-12-31", false);
        yield return ("1e309", false);
        yield return (string.Concat(Enumerable.Repeat("(a+)+", 2000)), false);
    }

    public static TheoryData<int> Types() =>
        new(
            Enum.GetValues<FieldType>()
                .Where(t => t is not (FieldType.Section or FieldType.Explanation))
                .Select(t => (int)t)
        );

    [Theory, MemberData(nameof(Types))]
    public void Hostile_values_get_messages_not_exceptions(int typeNumber)
    {
        var type = (FieldType)typeNumber;
        var field = Field(type) with { Pattern = type == FieldType.ShortText ? "(a+)+b" : null };
        var inputs =
            type == FieldType.Address ? ["champ.rue", "champ.code-postal", "champ.commune"] : new[] { "champ" };
        foreach (var (value, alwaysWrong) in HostileValues())
        {
            var check = Check(field, inputs.Select(i => (i, value)).ToArray());

            Assert.True(
                check.IsValid == false || !alwaysWrong,
                $"{type} accepted {value[..Math.Min(value.Length, 30)]}"
            );
        }
        Assert.False(Check(field, inputs.Select(i => (i, "-5\u0000")).ToArray()).IsValid);
    }

    [Fact]
    public void Ten_thousand_repeats_are_refused_at_once()
    {
        var values = Enumerable
            .Range(0, 10_000)
            .Select(i => ($"enfants.{i}.prenom", "Léa"))
            .Prepend(("enfants", "10000"))
            .ToArray();

        var check = Check(Field(FieldType.RepeatableBlock, "enfants"), values);

        Assert.Single(check.Errors);
    }
}
