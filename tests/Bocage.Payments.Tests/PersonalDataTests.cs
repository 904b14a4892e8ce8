using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

public sealed class PersonalDataTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Erasure_keeps_the_accounting_records_and_removes_the_link_to_the_person(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        using var scope = app.Services.CreateScope();
        var account = (
            await scope
                .ServiceProvider.GetRequiredService<UserManager<Account>>()
                .FindByEmailAsync(PaymentSteps.Inhabitant)
        )!;
        var source = scope.ServiceProvider.GetServices<IPersonalDataSource>().Single(s => s.Name == "factures");

        var exported = System.Text.Json.JsonSerializer.Serialize(
            await source.ExportAsync(account.Id, CancellationToken.None)
        );
        Assert.Contains("Cantine", exported);
        var before = await PaymentSteps.ReadAsync(app.Services, db => db.Invoices.CountAsync());

        await source.EraseAsync(account.Id, CancellationToken.None);

        var (after, linked, withAddress) = await PaymentSteps.ReadAsync(app.Services, async db =>
            (
                await db.Invoices.CountAsync(),
                await db.Invoices.CountAsync(i => i.PayerAccountId == account.Id),
                await db.Invoices.CountAsync(i => i.PayerEmail == PaymentSteps.Inhabitant)
            )
        );
        Assert.Equal(before, after);
        Assert.Equal(0, linked);
        Assert.Equal(0, withAddress);
        Assert.Null(await source.ExportAsync(account.Id, CancellationToken.None));
    }
}
