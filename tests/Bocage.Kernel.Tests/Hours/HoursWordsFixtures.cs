using Bocage.Kernel.Hours;

namespace Bocage.Kernel.Tests.Hours;

/// <summary>
/// The words the app will take from its resource files, written here so the tests read as the pages will. They
/// live in the tests only: the library holds no user-visible wording.
/// </summary>
internal static class HoursWordsFixtures
{
    extension(HoursWords)
    {
        public static HoursWords French =>
            new(
                EveryDay: "tous les jours",
                AllDay: "toute la journée",
                AlwaysOpen: "ouvert 24 h/24, 7 j/7",
                PublicHolidays: "les jours fériés",
                And: "et",
                RuleSeparator: " ; ",
                On: "le {0}",
                Range: "du {0} au {1}",
                InMonth: "en {0}",
                FromTo: "de {0} à {1}",
                Closed: "fermé {0}",
                WholeHour: "{0} h",
                HourAndMinutes: "{0} h {1:00}",
                Date: "{0} {1}",
                FirstOfMonth: "{0}er {1}"
            );

        public static HoursWords English =>
            new(
                EveryDay: "every day",
                AllDay: "all day",
                AlwaysOpen: "open 24/7",
                PublicHolidays: "on public holidays",
                And: "and",
                RuleSeparator: "; ",
                On: "on {0}",
                Range: "{0} to {1}",
                InMonth: "in {0}",
                FromTo: "from {0} to {1}",
                Closed: "closed {0}",
                WholeHour: "{0:00}:00",
                HourAndMinutes: "{0:00}:{1:00}",
                Date: "{0} {1}",
                FirstOfMonth: "{0} {1}"
            );

        public static HoursWords Dutch =>
            new(
                EveryDay: "elke dag",
                AllDay: "de hele dag",
                AlwaysOpen: "24/7 open",
                PublicHolidays: "op feestdagen",
                And: "en",
                RuleSeparator: "; ",
                On: "op {0}",
                Range: "{0} t/m {1}",
                InMonth: "in {0}",
                FromTo: "van {0} tot {1}",
                Closed: "gesloten {0}",
                WholeHour: "{0:00}:00",
                HourAndMinutes: "{0:00}:{1:00}",
                Date: "{0} {1}",
                FirstOfMonth: "{0} {1}"
            );
    }
}
