using Bocage.Payments.Domain.Invoices;
using Bocage.Payments.Domain.Imports;
using Bocage.Payments.Domain.Settlement;
using Bocage.Payments.Domain.Receipts;
using Bocage.Payments.Domain.PayFip;
using Bocage.Payments.Jobs;
namespace Bocage.Payments.Domain;

/// <summary>How PayFiP treats the régie's payments: the <c>saisie</c> field of creerPaiementSecurise.</summary>
internal enum RegieMode
{
    /// <summary><c>T</c>: test, no money moves.</summary>
    Test = 0,

    /// <summary><c>X</c>: activation, real payments while the DGFiP checks the set-up.</summary>
    Activation = 1,

    /// <summary><c>W</c>: production.</summary>
    Production = 2,
}

/// <summary>
/// A régie de recettes of the intercommunality (no commune) or of a commune, with its PayFiP client
/// number. Every invoice belongs to one; a payment attempt never mixes régies (PayFiP pays one numcli).
/// </summary>
internal sealed class Regie
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>Short code, unique in the whole territory, printed on its invoice references (e.g. <c>FOU-CANT</c>).</summary>
    public string Code { get; private set; } = "";

    /// <summary>The commune's INSEE code, or null for the intercommunality.</summary>
    public string? CommuneInsee { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>PayFiP client number given by the DGFiP (six digits).</summary>
    public string Numcli { get; private set; } = "";

    public RegieMode Mode { get; private set; }

    /// <summary>Accounting references for the accountant's software (budget, imputation).</summary>
    public string AccountingReference { get; private set; } = "";

    private Regie()
    {
    }

    public Regie(string code, string? communeInsee, string name, string numcli, RegieMode mode, string accountingReference)
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

    public string Saisie => Mode switch
    {
        RegieMode.Production => "W",
        RegieMode.Activation => "X",
        _ => "T",
    };

    public static bool IsValidNumcli(string? numcli) =>
        numcli is { Length: 6 } && numcli.All(char.IsAsciiDigit);

    public static bool IsValidCode(string? code) =>
        code is { Length: >= 2 and <= 12 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}

/// <summary>Next receipt number of a régie for a year; incremented in the transaction that issues the receipt, so numbers have no gaps.</summary>
internal sealed class ReceiptCounter
{
    public Guid RegieId { get; private set; }

    public int Year { get; private set; }

    public int Next { get; private set; } = 1;

    public Guid Version { get; private set; } = Guid.NewGuid();

    private ReceiptCounter()
    {
    }

    public ReceiptCounter(Guid regieId, int year)
    {
        RegieId = regieId;
        Year = year;
    }

    public int Take()
    {
        Version = Guid.NewGuid();
        return Next++;
    }
}
