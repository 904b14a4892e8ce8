namespace Bocage.Payments.Domain.PayFip;

/// <summary>What recupererDetailPaiementSecurise returns: the only truth about a payment.</summary>
internal sealed record PayFipDetail(
    string IdOp,
    string Resultrans,
    long MontantCents,
    string Numcli,
    string Refdet,
    int Exer,
    string? Numauto,
    string? Dattrans,
    string? Heurtrans
)
{
    /// <summary>
    /// P (card payment accepted) and V (direct debit accepted) are paid; A abandoned by the payer;
    /// R and Z refused. Any other letter is not a final outcome.
    /// </summary>
    public AttemptStatus? Outcome =>
        Resultrans switch
        {
            "P" or "V" => AttemptStatus.Paid,
            "A" => AttemptStatus.Abandoned,
            "R" or "Z" => AttemptStatus.Refused,
            _ => null,
        };
}
