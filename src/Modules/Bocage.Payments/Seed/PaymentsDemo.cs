using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Invoices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Seed;

/// <summary>
/// Demo régies of the intercommunality and of several communes, invoices for the demo inhabitant
/// (some paid), and the finance permission on Fourmies for Fourmies' demo agent. Idempotent.
/// </summary>
internal static class PaymentsDemo
{
    public const string Fourmies = "59249";
    public const string Trelon = "59601";
    public const string Anor = "59012";

    private static readonly (string Code, string? Insee, string Name, string Numcli, string Accounting)[] Regies =
    [
        ("CCSA-OM", null, "Redevance d'enlèvement des ordures ménagères (CCSA)", "000101", "Budget annexe OM – 7068"),
        ("CCSA-PISC", null, "Centre aquatique intercommunal (CCSA)", "000102", "Budget principal – 7066"),
        ("FOU-CANT", Fourmies, "Cantine et périscolaire de Fourmies", "000201", "Budget principal – 7067"),
        ("FOU-EAU", Fourmies, "Eau et assainissement de Fourmies", "000202", "Budget annexe eau – 70111"),
        ("TRE-SALLE", Trelon, "Location de salles de Trélon", "000301", "Budget principal – 752"),
        ("ANO-CANT", Anor, "Restauration scolaire d'Anor", "000401", "Budget principal – 7067"),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDb>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await GrantFinanceAsync(accounts, clock, cancellationToken);
        if (await db.Regies.AnyAsync(cancellationToken))
        {
            return;
        }
        var regies = Regies
            .Select(r => new Regie(r.Code, r.Insee, r.Name, r.Numcli, RegieMode.Test, r.Accounting))
            .ToDictionary(r => r.Code);
        db.Regies.AddRange(regies.Values);
        var inhabitant = await accounts
            .Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Email == "habitant@demo.sud-avesnois.fr", cancellationToken);
        if (inhabitant is not null)
        {
            var payer = new InvoicePayerData(inhabitant.Id, inhabitant.Email!, inhabitant.DisplayName);
            var issuer = scope.ServiceProvider.GetRequiredService<InvoiceIssuer>();
            var invoices = new[]
            {
                issuer.Build(
                    regies["FOU-CANT"],
                    payer,
                    "Cantine – octobre",
                    [new("Repas (16 × 3,20 €)", 5120), new("Garderie du matin (8 × 1,50 €)", 1200)],
                    null
                ),
                issuer.Build(regies["FOU-CANT"], payer, "Cantine – novembre", [new("Repas (14 × 3,20 €)", 4480)], null),
                issuer.Build(
                    regies["FOU-EAU"],
                    payer,
                    "Eau – second semestre",
                    [new("Consommation 42 m³", 14280), new("Abonnement", 3150), new("Assainissement", 8610)],
                    null
                ),
                issuer.Build(
                    regies["CCSA-OM"],
                    payer,
                    "Redevance ordures ménagères",
                    [new("Foyer de 3 personnes", 21600)],
                    null
                ),
                issuer.Build(regies["CCSA-PISC"], payer, "Carte 10 entrées", [new("Carte adulte", 3500)], null),
                issuer.Build(
                    regies["TRE-SALLE"],
                    payer,
                    "Salle des fêtes – 14 septembre",
                    [new("Location week-end", 18000), new("Caution ménage", 5000)],
                    null
                ),
            };
            db.Invoices.AddRange(invoices);
            MarkPaid(db, regies["CCSA-PISC"], invoices[4], clock.GetUtcNow().UtcDateTime.AddDays(-12), 1);
            MarkPaid(db, regies["TRE-SALLE"], invoices[5], clock.GetUtcNow().UtcDateTime.AddDays(-40), 1);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A past payment, recorded as PayFiP would have confirmed it.</summary>
    private static void MarkPaid(PaymentsDb db, Regie regie, Invoice invoice, DateTime paidAt, int receiptNumber)
    {
        var attempt = new PaymentAttempt(regie, [invoice], invoice.PayerAccountId, invoice.PayerEmail, paidAt);
        attempt.Registered($"demo-{attempt.Id:N}");
        attempt.Resolve(AttemptStatus.Paid, "P", "123456", paidAt);
        invoice.Settle(attempt.Id, paidAt);
        db.Attempts.Add(attempt);
        var counter = new ReceiptCounter(regie.Id, paidAt.Year);
        counter.Take();
        db.ReceiptCounters.Add(counter);
        db.Receipts.Add(new Receipt(regie.Id, attempt.Id, paidAt.Year, receiptNumber, attempt.AmountCents, paidAt));
    }

    private static Task GrantFinanceAsync(
        AccountsDb accounts,
        TimeProvider clock,
        CancellationToken cancellationToken
    ) =>
        DemoGrants.EnsureAsync(
            accounts,
            "agent.fourmies@demo.sud-avesnois.fr",
            PaymentsModule.ManagePermission,
            GrantScope.Commune(Fourmies),
            clock.GetUtcNow().UtcDateTime,
            cancellationToken
        );
}
