namespace Bocage.Payments.Domain.PayFip;

/// <summary>The fields of creerPaiementSecurise (montant in cents, exer the year, saisie T/X/W).</summary>
internal sealed record PayFipCreate(
    string Numcli,
    int Exer,
    string Refdet,
    string Objet,
    long MontantCents,
    string Mel,
    string UrlNotif,
    string UrlRedirect,
    string Saisie
);
