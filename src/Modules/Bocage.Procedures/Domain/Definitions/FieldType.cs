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
}
