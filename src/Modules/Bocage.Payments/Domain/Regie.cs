namespace Bocage.Payments.Domain;

/// <summary>
/// A régie de recettes of the intercommunality (no commune) or of a commune, with its PayFiP client
/// number. Every invoice belongs to one; a payment attempt never mixes régies (PayFiP pays one numcli).
/// </summary>
internal sealed class Regie
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>
    /// Short code, unique in the whole territory, printed on its invoice references (e.g. <c>FOU-CANT</c>).
    /// </summary>
    public string Code { get; private set; } = "";

    /// <summary>The commune's INSEE code, or null for the intercommunality.</summary>
    public string? CommuneInsee { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>PayFiP client number given by the DGFiP (six digits).</summary>
    public string Numcli { get; private set; } = "";

    public RegieMode Mode { get; private set; }

    /// <summary>Accounting references for the accountant's software (budget, imputation).</summary>
    public string AccountingReference { get; private set; } = "";

    private Regie() { }

    public Regie(
        string code,
        string? communeInsee,
        string name,
        string numcli,
        RegieMode mode,
        string accountingReference
    )
    {
        Code = code.Trim().ToUpperInvariant();
        CommuneInsee = communeInsee;
        Update(name, numcli, mode, accountingReference);
    }

    public void Update(string name, string numcli, RegieMode mode, string accountingReference)
    {
        Name = name.Trim();
        Numcli = numcli.Trim();
        Mode = mode;
        AccountingReference = accountingReference.Trim();
    }

    public string Saisie =>
        Mode switch
        {
            RegieMode.Production => "W",
            RegieMode.Activation => "X",
            _ => "T",
        };

    public static bool IsValidNumcli(string? numcli) => numcli is { Length: 6 } && numcli.All(char.IsAsciiDigit);

    public static bool IsValidCode(string? code) =>
        code is { Length: >= 2 and <= 12 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
