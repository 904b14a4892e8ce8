namespace Bocage.Procedures.Domain.Definitions;

/// <summary>
/// The kinds of field a designer can put on a page (the union of Démarches Simplifiées' and w.c.s.'s usual ones).
/// </summary>
internal enum FieldType
{
    ShortText = 0,
    LongText = 1,
    Number = 2,

    /// <summary>Euros typed by the person, stored as integer cents.</summary>
    Amount = 3,
    Date = 4,
    YesNo = 5,
    SingleChoice = 6,
    MultipleChoice = 7,

    /// <summary>A drop-down fed by a named list (<see cref="FieldDefinition.ListName"/>) or by its options.</summary>
    DropDown = 8,
    Email = 9,

    /// <summary>French phone number.</summary>
    Phone = 10,

    /// <summary>Postal address with a commune of the territory.</summary>
    Address = 11,
    Siret = 12,

    /// <summary>IBAN checked with the ISO 13616 mod-97 checksum.</summary>
    Iban = 13,

    /// <summary>A file sent through the kernel's scanned uploads.</summary>
    File = 14,

    /// <summary>A block of child fields the person repeats (one per child…).</summary>
    RepeatableBlock = 15,

    /// <summary>A section title; holds no answer.</summary>
    Section = 16,

    /// <summary>An explanation text; holds no answer.</summary>
    Explanation = 17,

    /// <summary>"I certify on my honour…" checkbox; must be ticked to submit.</summary>
    HonourStatement = 18,

    /// <summary>A number with decimals (« 12,5 »), kept with a point.</summary>
    Decimal = 19,

    /// <summary>A date and an hour (« 2026-12-05T08:30 »), as the person reads them in Paris.</summary>
    DateTime = 20,

    /// <summary>« Madame » or « Monsieur », kept as « Mme » or « M. ».</summary>
    Civility = 21,

    /// <summary>One box to tick (« Je souhaite recevoir… »); required means it must be ticked.</summary>
    Checkbox = 22,

    /// <summary>
    /// A choice then a sub-choice (« Voirie / Nid-de-poule »), from options grouped by their first choice.
    /// </summary>
    LinkedDropDown = 23,

    /// <summary>Any commune of France (INSEE's COG), kept as its INSEE code.</summary>
    Commune = 24,

    /// <summary>A département of France (COG), kept as its code.</summary>
    Departement = 25,

    /// <summary>A région of France (COG), kept as its code.</summary>
    Region = 26,

    /// <summary>A country (ISO 3166-1 alpha-2), named in the person's language.</summary>
    Country = 27,

    /// <summary>An association's number in the Répertoire national des associations: W and 9 digits.</summary>
    Rna = 28,

    /// <summary>Another file of the same applicant, by its number.</summary>
    LinkedFile = 29,

    /// <summary>A point on a map, typed as « latitude, longitude » or picked on the map when scripts run.</summary>
    MapPoint = 30,
}
