using System.Text.RegularExpressions;
using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

public sealed class MediatorTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_mediator_under_mandate_applies_for_the_person_who_finds_it_in_her_procedures(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var person = app.Browser();
        await person.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        var page = await person.OpenAsync("/compte/mandats");
        var mediatorId = Regex
            .Match(page, "<option value=\"([0-9a-f-]{36})\"[^>]*>Noa Dubois</option>")
            .Groups[1]
            .Value;
        await person.SubmitAsync(
            "/compte/mandats?handler=Grant",
            new Dictionary<string, string>
            {
                ["Mediator"] = mediatorId,
                ["Scopes"] = "demarches",
                ["Days"] = "30",
            }
        );
        var mediator = await AgentAsync(app, "mediateur@demo.sud-avesnois.fr");

        await mediator.OpenAsync(BinPath);
        var mandate = Regex
            .Match(mediator.LastPage, "<option value=\"([0-9a-f-]{36})\">Camille Lefebvre</option>")
            .Groups[1]
            .Value;
        Assert.NotEmpty(mandate);
        using var started = await mediator.SubmitAsync(BinPath, new Dictionary<string, string> { ["For"] = mandate });
        var file = Guid.Parse(Regex.Match(started.RequestMessage!.RequestUri!.AbsolutePath, "[0-9a-f-]{36}").Value);
        var number = await SubmitBinAsync(mediator, file);

        var stored = await FileAsync(app, file);
        using var scope = app.Services.CreateScope();
        var personId = await scope
            .ServiceProvider.GetRequiredService<AccountsDb>()
            .Users.Where(u => u.Email == "habitant@demo.sud-avesnois.fr")
            .Select(u => u.Id)
            .SingleAsync();
        Assert.Equal(personId, stored.ApplicantAccountId);
        Assert.Equal(mediatorId, stored.MediatorAccountId);
        Assert.Equal("habitant@demo.sud-avesnois.fr", stored.ApplicantEmail);
        Assert.Contains(number, await person.OpenAsync("/demarches/mes-dossiers"));
        Assert.True(
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .AuditEntries.AnyAsync(e =>
                    e.Action == "procedures.submit"
                    && e.OnBehalfOf == $"account:{personId}"
                    && e.Actor == $"account:{mediatorId}"
                )
        );
    }
}
