namespace Bocage.Kernel.Companies;

/// <summary>
/// An establishment's number (SIRET): the company's SIREN and a five-digit establishment number, 14
/// digits checked with the Luhn key. Spaces typed between groups are dropped.
/// </summary>
public readonly record struct Siret
{
    /// <summary>La Poste's SIREN: its establishments are numbered with INSEE's documented exception.</summary>
    public const string LaPosteSiren = "356000000";

    // La Poste has more establishments than its Luhn-keyed numbering allowed, so INSEE checks them by
    // the sum of their digits (a multiple of 5) instead; its head office kept its Luhn-valid number.
    private const string LaPosteHeadOffice = "35600000000048";

    private Siret(string value) => Value = value;

    public string Value { get; }

    /// <summary>The company the establishment belongs to.</summary>
    public Siren Siren => Siren.TryParse(Value[..9], out var siren) ? siren : default;

    /// <summary>As printed on invoices: <c>732 829 320 00074</c>.</summary>
    public string Formatted => $"{Value[..3]} {Value[3..6]} {Value[6..9]} {Value[9..]}";

    /// <summary>A stored SIRET grouped as on invoices; as stored when it is not valid.</summary>
    public static string Display(string? stored) => TryParse(stored, out var siret) ? siret.Formatted : stored ?? "";

    public static bool TryParse(string? input, out Siret siret)
    {
        var digits = Luhn.DigitsOf(input);
        siret = default;
        if (digits is not { Length: 14 } || !Siren.TryParse(digits[..9], out _))
        {
            return false;
        }
        var valid =
            digits.StartsWith(LaPosteSiren, StringComparison.Ordinal) && digits != LaPosteHeadOffice
                ? digits.Sum(c => c - '0') % 5 == 0
                : Luhn.IsValid(digits);
        if (valid)
        {
            siret = new Siret(digits);
        }
        return valid;
    }

    public override string ToString() => Value ?? "";
}
