using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Filing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

public sealed partial class AssignmentTests
{
    private const string Fourmies = "59249";

    [GeneratedRegex(@"name=""stamp"" value=""([0-9a-f-]{36})""")]
    private static partial Regex Stamp();

    private static async Task<string> AccountIdAsync(BocageFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<AccountsDb>()
            .Users.Where(u => u.Email == email)
            .Select(u => u.Id)
            .SingleAsync();
    }

    /// <summary>A bin request of Fourmies submitted, and its page opened by the Fourmies agent.</summary>
    private static async Task<(Guid File, string Number, Browser Agent, string Page)> FileOpenedByFourmiesAsync(
        BocageFactory app
    )
    {
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr");
        var number = await SubmitBinAsync(applicant, file);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{file}";
        await agent.OpenAsync(page);
        return (file, number, agent, page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_candidates_are_the_agents_whose_instruct_grant_reaches_the_commune(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var fourmies = await AccountIdAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var trelon = await AccountIdAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        var admin = await AccountIdAsync(app, "admin@demo.sud-avesnois.fr");
        using (var scope = app.Services.CreateScope())
        {
            // A grant for the commune itself counts like one for its town hall; another permission does not.
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
            accounts.Grants.Add(
                new Grant(trelon, ProceduresModule.Instruct, GrantScope.Commune(Fourmies), DateTime.UtcNow, "test")
            );
            await accounts.SaveChangesAsync();
        }
        using var check = app.Services.CreateScope();
        var assignment = check.ServiceProvider.GetRequiredService<Assignment>();

        var ofFourmies = (await assignment.CandidatesAsync(Fourmies)).Select(h => h.AccountId).ToList();
        var ofAnor = (await assignment.CandidatesAsync("59012")).Select(h => h.AccountId).ToList();
        var ofNoCommune = (await assignment.CandidatesAsync(null)).Select(h => h.AccountId).ToList();

        Assert.Contains(fourmies, ofFourmies);
        Assert.Contains(trelon, ofFourmies);
        Assert.Contains(admin, ofFourmies);
        Assert.DoesNotContain(fourmies, ofAnor);
        Assert.DoesNotContain(trelon, ofAnor);
        Assert.Contains(admin, ofAnor);
        Assert.Equal([admin], ofNoCommune);
        // Sorted by name for the select: Alix, Dominique, Sacha.
        Assert.Equal(
            ["Alix Vandenberghe", "Dominique Carpentier", "Sacha Delattre"],
            (await assignment.CandidatesAsync(Fourmies)).Select(h => h.Name)
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_assigns_a_file_to_a_colleague_who_is_told_by_mail(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var (file, number, agent, page) = await FileOpenedByFourmiesAsync(app);
        var admin = await AccountIdAsync(app, "admin@demo.sud-avesnois.fr");
        Assert.Contains($"<option value=\"{admin}\">Dominique Carpentier</option>", agent.LastPage);
        Assert.Contains("Moi (Sacha Delattre)", Decoded(agent));
        Assert.DoesNotContain("Alix Vandenberghe", Decoded(agent));

        await agent.SubmitAsync(
            $"{page}?handler=Assign",
            new Dictionary<string, string>
            {
                ["stamp"] = Stamp().Match(agent.LastPage).Groups[1].Value,
                ["assignee"] = admin,
            }
        );

        Assert.Contains($"Le dossier {number} a été attribué.", Decoded(agent));
        Assert.Contains("<dd>Dominique Carpentier</dd>", Decoded(agent));
        var stored = await FileAsync(app, file);
        Assert.Equal(admin, stored.Assignee);
        Assert.Contains(stored.Events, e => e.Detail == "Attribué à Dominique Carpentier");
        using (var scope = app.Services.CreateScope())
        {
            var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
            var mail = await kernel.MailMessages.AsNoTracking().SingleAsync(m => m.Category == "procedures.assignment");
            Assert.Equal("admin@demo.sud-avesnois.fr", mail.Recipient);
            Assert.Contains(number, mail.TextBody);
            Assert.Contains($"/gestion/demarches/dossier/{file}", mail.TextBody);
            Assert.True(
                await kernel.AuditEntries.AnyAsync(e =>
                    e.Action == "procedures.assign" && e.Details == admin && e.Target == $"procedures:file:{number}"
                )
            );
        }
        // The inbox names the assignee and can be filtered by them.
        await agent.OpenAsync($"/gestion/demarches?assigne={admin}");
        Assert.Contains(
            $"<option value=\"{admin}\" selected=\"selected\">Dominique Carpentier</option>",
            agent.LastPage
        );
        Assert.Contains($">{number}</a>", agent.LastPage);
        Assert.Contains("<td>Dominique Carpentier</td>", Decoded(agent));
        await agent.OpenAsync("/gestion/demarches?assigne=-");
        Assert.DoesNotContain($">{number}</a>", agent.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Assigning_to_an_agent_of_another_commune_is_refused_at_the_field(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var (file, number, agent, page) = await FileOpenedByFourmiesAsync(app);
        var trelon = await AccountIdAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        var before = await FileAsync(app, file);

        using var refused = await agent.SubmitAsync(
            $"{page}?handler=Assign",
            new Dictionary<string, string>
            {
                ["stamp"] = Stamp().Match(agent.LastPage).Groups[1].Value,
                ["assignee"] = trelon,
            }
        );
        using var invented = await agent.SubmitAsync(
            $"{page}?handler=Assign",
            new Dictionary<string, string> { ["stamp"] = before.Stamp.ToString(), ["assignee"] = "org:<script>" },
            page
        );

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, invented.StatusCode);
        Assert.Contains(
            "id=\"assignee-erreur\" class=\"field__error\">Cette personne ne peut pas instruire les dossiers de cette commune",
            Decoded(agent)
        );
        Assert.Contains("aria-describedby=\"assignee-erreur\"", agent.LastPage);
        Assert.Contains("href=\"#assignee\"", agent.LastPage);
        var after = await FileAsync(app, file);
        Assert.Null(after.Assignee);
        Assert.Equal(before.Stamp, after.Stamp);
        Assert.Equal(before.Events.Count, after.Events.Count);
        using var scope = app.Services.CreateScope();
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.False(await kernel.AuditEntries.AnyAsync(e => e.Action == "procedures.assign"));
        Assert.False(await kernel.MailMessages.AnyAsync(m => m.Category == "procedures.assignment"));
        Assert.NotEmpty(number);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_transition_that_assigns_refuses_an_agent_out_of_scope_and_else_takes_the_workflows_service(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        await CreateAssigningProcedureAsync(app);
        var file = await SubmitToAssigningProcedureAsync(app);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var trelon = await AccountIdAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{file}";
        await agent.OpenAsync(page);
        Assert.Contains("<option value=\"\">Prévu par le circuit (service-voirie)</option>", Decoded(agent));
        var stamp = Stamp().Match(agent.LastPage).Groups[1].Value;

        using var refused = await agent.SubmitAsync(
            $"{page}?handler=Transition",
            new Dictionary<string, string>
            {
                ["transition"] = "attribuer",
                ["stamp"] = stamp,
                ["assignee"] = trelon,
            }
        );
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "id=\"assigne-action-erreur\" class=\"field__error\">Cette personne ne peut pas instruire",
            Decoded(agent)
        );
        var unchanged = await FileAsync(app, file);
        Assert.Equal((DefaultWorkflow.Submitted, (string?)null), (unchanged.StateKey, unchanged.Assignee));

        await agent.SubmitAsync(
            $"{page}?handler=Transition",
            new Dictionary<string, string>
            {
                ["transition"] = "attribuer",
                ["stamp"] = stamp,
                ["assignee"] = "",
            },
            page
        );
        var moved = await FileAsync(app, file);
        Assert.Equal((DefaultWorkflow.InReview, "service-voirie"), (moved.StateKey, moved.Assignee));
    }

    /// <summary>A file of the assigning procedure, submitted by an applicant without an account.</summary>
    private static async Task<Guid> SubmitToAssigningProcedureAsync(BocageFactory app)
    {
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr", "/demarches/attribution-essai");
        await applicant.SubmitAsync(
            $"/demarches/dossier/{file}/etape/0",
            new Dictionary<string, string> { ["r.nom"] = "Léa", ["aller"] = "suivant" },
            $"/demarches/dossier/{file}/etape/0"
        );
        await applicant.SubmitAsync($"/demarches/dossier/{file}/recapitulatif", new Dictionary<string, string>());
        return file;
    }

    private static async Task CreateAssigningProcedureAsync(BocageFactory app, string assignTo = "service-voirie")
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var now = DateTime.UtcNow;
        var procedure = Procedure.Create("attribution-essai", "Attribution (essai)", now);
        procedure.Audience = Audience.Anyone;
        procedure.CommuneInsee = Fourmies;
        var workflow = DefaultWorkflow.Create();
        workflow = workflow with
        {
            Transitions =
            [
                .. workflow.Transitions,
                new("attribuer", "Attribuer au service", [DefaultWorkflow.Submitted], DefaultWorkflow.InReview)
                {
                    Actions = [new(WorkflowActionType.Assign) { AssignTo = assignTo }],
                },
            ],
        };
        procedure
            .DraftVersion(now)
            .TryEdit(
                new FormSchema([
                    new FormPage(
                        "Demande",
                        [new FieldDefinition("nom", FieldType.ShortText, "Nom") { Required = true }]
                    ),
                ]),
                workflow
            );
        procedure.Publish(now);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
    }
}
