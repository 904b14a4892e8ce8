namespace Bocage.Payments.Domain.PayFip;

/// <summary>Configuration section <c>Payments:PayFiP</c>.</summary>
internal sealed class PayFipOptions
{
    public const string Section = "Payments:PayFiP";

    /// <summary>The DGFiP's SOAP service (PaiementSecuriseService).</summary>
    public string Endpoint { get; set; } = "https://www.payfip.gouv.fr/tpa/services/securite";

    /// <summary>Where the payer is sent, followed by the idOp.</summary>
    public string PaymentPageUrl { get; set; } = "https://www.payfip.gouv.fr/tpa/paiementws.web?idop=";

    /// <summary>
    /// Serve the simulator inside the host under <c>/simulateur-payfip</c> and talk to it (demo, tests).
    /// </summary>
    public bool EmbeddedSimulator { get; set; }

    /// <summary>
    /// Public address of this site for urlnotif and urlredirect; empty: taken from the payer's request.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How often the back-up poll runs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts without an outcome this long after their creation are asked about by the poll.</summary>
    public TimeSpan PollAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A pending attempt blocks a new one on the same invoice this long (then the payer may try again).
    /// </summary>
    public TimeSpan PendingBlocksFor { get; set; } = TimeSpan.FromMinutes(20);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
