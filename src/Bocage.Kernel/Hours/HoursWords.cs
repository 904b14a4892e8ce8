namespace Bocage.Kernel.Hours;

/// <summary>
/// The connective phrases <see cref="OpeningHoursText"/> needs, supplied by the caller from its resource files so
/// that this library holds no user-visible wording. Weekday and month names come from the culture instead.
/// </summary>
/// <param name="EveryDay">A rule without selectors: « tous les jours ».</param>
/// <param name="AllDay">A rule with selectors and no times: « toute la journée ».</param>
/// <param name="AlwaysOpen">The whole of <c>24/7</c>: « ouvert 24 h/24, 7 j/7 ».</param>
/// <param name="PublicHolidays">PH: « les jours fériés ».</param>
/// <param name="And">Before the last item of a list: « et ».</param>
/// <param name="RuleSeparator">Between rules in the joined description: « ; ».</param>
/// <param name="On">{0} is one or more days or a date: « le {0} ».</param>
/// <param name="Range">{0} and {1} are days or dates: « du {0} au {1} ».</param>
/// <param name="InMonth">{0} is a month or a month range: « en {0} ».</param>
/// <param name="FromTo">{0} and {1} are times: « de {0} à {1} ».</param>
/// <param name="Closed">{0} is when: « fermé {0} ».</param>
/// <param name="WholeHour">{0} is the hour: « {0} h ».</param>
/// <param name="HourAndMinutes">{0} is the hour, {1} the minutes: « {0} h {1:00} ».</param>
/// <param name="Date">{0} is the day, {1} the month name: « {0} {1} ».</param>
/// <param name="FirstOfMonth">The same for the first of a month, which French writes « 1er {1} ».</param>
public sealed record HoursWords(
    string EveryDay,
    string AllDay,
    string AlwaysOpen,
    string PublicHolidays,
    string And,
    string RuleSeparator,
    string On,
    string Range,
    string InMonth,
    string FromTo,
    string Closed,
    string WholeHour,
    string HourAndMinutes,
    string Date,
    string FirstOfMonth
);
