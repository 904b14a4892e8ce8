namespace Bocage.Payments.Domain.PayFip;

/// <summary>PayFiP answered with a SOAP fault (FonctionnelleErreur, TechDysfonctionnementErreur…).</summary>
internal sealed class PayFipException(string code, string message) : Exception($"PayFiP {code}: {message}")
{
    /// <summary>P5: the payment is still in progress at PayFiP.</summary>
    public const string InProgress = "P5";

    /// <summary>P1: PayFiP does not know this idOp (never created, or purged the night after it expired).</summary>
    public const string UnknownOperation = "P1";

    public string Code { get; } = code;
}
