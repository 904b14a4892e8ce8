using Bocage.Payments.Domain.Settlement;
using Bocage.Payments.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bocage.Payments.Api;

/// <summary>
/// PayFiP's urlnotif. The notification only says "look at idOp": the outcome is fetched from PayFiP
/// (recupererDetailPaiementSecurise) and checked against our attempt, so a forged call changes nothing.
/// Always 200, so that the answer tells a forger nothing.
/// </summary>
internal static class NotificationEndpoint
{
    public const string RateLimitPolicy = "payments-notifications";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(
                PaymentRoutes.Notification,
                async (
                    HttpRequest request,
                    ResolvedAttempts resolved,
                    NotificationJournal journal,
                    PaymentSettler settler,
                    CancellationToken cancellationToken
                ) =>
                {
                    string? idOp = request.Query["idop"];
                    if (request.HasFormContentType)
                    {
                        var form = await request.ReadFormAsync(cancellationToken);
                        idOp = form["idop"].FirstOrDefault() ?? form["idOp"].FirstOrDefault() ?? idOp;
                    }
                    if (string.IsNullOrWhiteSpace(idOp) || idOp.Length > 64)
                    {
                        return Results.Ok();
                    }
                    idOp = idOp.Trim();
                    if (
                        !await PaymentSettler.AnsweredAsKnownDuplicateAsync(
                            idOp,
                            SettleSource.Notification,
                            resolved,
                            journal,
                            cancellationToken
                        )
                    )
                    {
                        await settler.SettleAsync(idOp, SettleSource.Notification, cancellationToken);
                    }
                    return Results.Ok();
                }
            )
            .DisableAntiforgery()
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("PayFipNotification")
            .WithTags("Paiements")
            .WithSummary("urlnotif de PayFiP : le paiement idop a changé ; son résultat est lu chez PayFiP")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
