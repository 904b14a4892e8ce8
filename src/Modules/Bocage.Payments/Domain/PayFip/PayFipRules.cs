using System.Text;
using Bocage.Kernel.Text;

namespace Bocage.Payments.Domain.PayFip;

/// <summary>
/// What creerPaiementSecurise accepts, as the DGFiP's PayFiP web-service guide states it: an amount of
/// 1,00 € to 100 000,00 €, a payer address of 6 to 80 characters, an objet of plain ASCII letters,
/// digits and spaces, 100 characters at most. Checked here, at the field, before PayFiP refuses.
/// </summary>
internal static class PayFipRules
{
    public const long MinimumCents = 100;
    public const long MaximumCents = 10_000_000;
    public const int MelMinimumLength = 6;
    public const int MelMaximumLength = 80;
    public const int ObjetMaximumLength = 100;

    /// <summary>
    /// An idOp can be paid for 15 minutes; an operation still « in progress » (P5) 20 minutes after its creation
    /// never will be (the margin eopayment, Publik's PayFiP client, keeps).
    /// </summary>
    public static readonly TimeSpan OperationExpiresAfter = TimeSpan.FromMinutes(20);

    public static bool AcceptsAmount(long cents) => cents is >= MinimumCents and <= MaximumCents;

    public static bool AcceptsMel(string mel) => mel.Length is >= MelMinimumLength and <= MelMaximumLength;

    /// <summary>« Cantine – décembre (Anor) » → « Cantine decembre Anor »: accents folded, the rest spaces.</summary>
    public static string Objet(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in Accents.Remove(text))
        {
            var kept = char.IsAsciiLetterOrDigit(c) ? c : ' ';
            if (kept != ' ' || (plain.Length > 0 && plain[^1] != ' '))
            {
                plain.Append(kept);
            }
        }
        var objet = plain.ToString().Trim();
        return objet.Length <= ObjetMaximumLength ? objet : objet[..ObjetMaximumLength].TrimEnd();
    }
}
