using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Invoices;
using Bocage.Payments.Domain.Imports;
using Bocage.Payments.Domain.Settlement;
using Bocage.Payments.Domain.Receipts;
using Bocage.Payments.Jobs;

namespace Bocage.Payments.Domain.PayFip;

/// <summary>The fields of creerPaiementSecurise (montant in cents, exer the year, saisie T/X/W).</summary>
internal sealed record PayFipCreate(
    string Numcli, int Exer, string Refdet, string Objet, long MontantCents, string Mel,
    string UrlNotif, string UrlRedirect, string Saisie);

/// <summary>What recupererDetailPaiementSecurise returns: the only truth about a payment.</summary>
internal sealed record PayFipDetail(
    string IdOp, string Resultrans, long MontantCents, string Numcli, string Refdet, int Exer,
    string? Numauto, string? Dattrans, string? Heurtrans)
{
    /// <summary>
    /// P (card payment accepted) and V (direct debit accepted) are paid; A abandoned by the payer;
    /// R and Z refused. Any other letter is not a final outcome.
    /// </summary>
    public AttemptStatus? Outcome => Resultrans switch
    {
        "P" or "V" => AttemptStatus.Paid,
        "A" => AttemptStatus.Abandoned,
        "R" or "Z" => AttemptStatus.Refused,
        _ => null,
    };
}

/// <summary>PayFiP answered with a SOAP fault (FonctionnelleErreur, TechDysfonctionnementErreur…).</summary>
internal sealed class PayFipException(string code, string message) : Exception($"PayFiP {code}: {message}")
{
    /// <summary>P5: the payment is still in progress at PayFiP.</summary>
    public const string InProgress = "P5";

    public string Code { get; } = code;
}

/// <summary>The two PayFiP operations the engine needs.</summary>
internal interface IPayFipClient
{
    Task<string> CreateAsync(PayFipCreate request, CancellationToken cancellationToken);

    /// <summary>The payment's detail, or null while PayFiP says it is still in progress (P5).</summary>
    Task<PayFipDetail?> DetailAsync(string idOp, CancellationToken cancellationToken);
}
