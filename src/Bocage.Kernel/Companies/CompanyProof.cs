namespace Bocage.Kernel.Companies;

/// <summary>How a company proved that the account registering it acts for it.</summary>
public enum CompanyProof
{
    /// <summary>Not proved yet: the company is « en attente ».</summary>
    None = 0,

    /// <summary>The code of a letter posted to the company's registered address was typed back.</summary>
    Letter = 1,

    /// <summary>An agent checked a document the company sent (extract Kbis, avis de situation SIRENE).</summary>
    Document = 2,
}
