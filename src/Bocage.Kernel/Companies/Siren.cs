namespace Bocage.Kernel.Companies;

/// <summary>A company's national number (SIREN): nine digits whose last is a Luhn key.</summary>
public readonly record struct Siren
{
    private Siren(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out Siren siren)
    {
        var digits = Luhn.DigitsOf(input);
        if (digits is { Length: 9 } && Luhn.IsValid(digits))
        {
            siren = new Siren(digits);
            return true;
        }
        siren = default;
        return false;
    }

    public override string ToString() => Value ?? "";
}
