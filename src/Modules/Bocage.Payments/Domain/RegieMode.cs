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
