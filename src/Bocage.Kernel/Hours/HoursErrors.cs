namespace Bocage.Kernel.Hours;

/// <summary>
/// The messages a person sees when their opening hours cannot be read. They are in French because the people who
/// type the hours are French-speaking staff; each one quotes the faulty piece and says how to write it.
/// </summary>
internal static class HoursErrors
{
    public const string Empty = "Les horaires sont vides : écrivez par exemple « Mo-Fr 09:00-17:00 ».";

    public const string MidnightEndsOnly = "l'heure « 24:00 » ne peut que finir une plage.";

    public const string AlwaysAlone = "« 24/7 » s'écrit seul dans sa règle, par exemple « 24/7; Dec 25 off ».";

    public const string HolidayInRange =
        "« PH » ne peut pas commencer ni finir une plage de jours : écrivez par exemple « Su,PH ».";

    public static string NotADay(string word) =>
        $"« {word} » n'est pas un jour : écrivez Mo, Tu, We, Th, Fr, Sa, Su ou PH.";

    public static string NotAMonth(string word) =>
        $"« {word} » n'est pas un mois : écrivez Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov ou Dec.";

    public static string MonthAfterDays(string word) =>
        $"le mois « {word} » doit venir avant les jours, par exemple « Jul-Aug Mo-Fr 10:00-12:00 ».";

    public static string NoSuchDate(string date) => $"la date « {date} » n'existe pas.";

    public static string HalfDated(string range) =>
        $"la plage « {range} » mêle un mois entier et un jour : écrivez « Jul 14-Aug 31 » ou « Jul-Aug ».";

    public static string NotAClock(string text) =>
        $"« {text} » n'est pas une heure : écrivez HH:MM, par exemple 09:00.";

    public static string NoSuchClock(string text) => $"l'heure « {text} » n'existe pas.";

    public static string NoEnd(string from) =>
        $"la plage qui commence à {from} n'a pas de fin : écrivez « {from}-12:00 ».";

    public static string Backwards(string range) => $"la plage {range} finit avant de commencer.";

    public static string EmptyRange(string range) => $"la plage {range} est vide.";

    public static string Overlap(string first, string second) => $"les plages {first} et {second} se chevauchent.";

    public static string Unexpected(string text) => $"« {text} » n'est pas compris ici.";

    public static string Extra(string text, string after) => $"« {text} » est en trop après « {after} ».";

    public static string Incomplete(string rule) => $"la règle « {rule} » s'arrête trop tôt.";

    /// <summary>With several rules the message also names the rule: the quoted piece may occur in several.</summary>
    public static string InRule(int number, string rule, string message) => $"Règle {number} (« {rule} ») : {message}";

    /// <summary>A message alone is a sentence, so it starts with a capital; inside <see cref="InRule"/> not.</summary>
    public static string AsSentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
