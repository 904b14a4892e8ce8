namespace Bocage.Payments.Domain.PayFip;

/// <summary>PayFiP answered with a SOAP fault (FonctionnelleErreur, TechDysfonctionnementErreur…).</summary>
internal sealed class PayFipException(string code, string message) : Exception($"PayFiP {code}: {message}")
{
    /// <summary>P5: the payment is still in progress at PayFiP.</summary>
    public const string InProgress = "P5";

    public string Code { get; } = code;
}
