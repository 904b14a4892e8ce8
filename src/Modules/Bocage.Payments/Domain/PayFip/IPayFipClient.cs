namespace Bocage.Payments.Domain.PayFip;

/// <summary>The two PayFiP operations the engine needs.</summary>
internal interface IPayFipClient
{
    Task<string> CreateAsync(PayFipCreate request, CancellationToken cancellationToken);

    /// <summary>The payment's detail, or null while PayFiP says it is still in progress (P5).</summary>
    Task<PayFipDetail?> DetailAsync(string idOp, CancellationToken cancellationToken);
}
