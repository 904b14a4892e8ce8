using System.Net;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// A workflow's Assign action preset to a named agent: chosen in the designer, applied by the transition.
/// </summary>
public sealed partial class AssignmentTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_designer_presets_an_agent_of_the_procedures_commune_and_refuses_another_at_the_field(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var designer = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var admin = await AccountIdAsync(app, "admin@demo.sud-avesnois.fr");
        var trelon = await AccountIdAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        using var created = await designer.SubmitAsync(
            "/gestion/demarches/conception/nouvelle",
            new Dictionary<string, string>
            {
                ["Input.Title"] = "Attribution prévue",
                ["Input.Description"] = "Essai.",
                ["Input.Theme"] = "enfance",
                ["Input.Commune"] = Fourmies,
                ["Input.Service"] = "",
                ["Input.Audience"] = "Account",
                ["Input.Opens"] = "2026-09-01",
            },
            "/gestion/demarches/conception/nouvelle"
        );
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        using var transition = await designer.SubmitAsync(
            path + "/circuit/transition",
            new Dictionary<string, string>
            {
                ["Input.Label"] = "Confier",
                ["Input.From"] = DefaultWorkflow.Submitted,
                ["Input.To"] = DefaultWorkflow.InReview,
            },
            path + "/circuit/transition"
        );
        var page = transition.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.EndsWith("/circuit/transition/confier", page);
        Assert.Contains("<optgroup label=\"Agents\">", designer.LastPage);
        Assert.Contains($"<option value=\"account:{admin}\">Dominique Carpentier</option>", designer.LastPage);
        Assert.DoesNotContain(trelon, designer.LastPage);

        using var refused = await designer.SubmitAsync(
            page + "?handler=AddAction",
            new Dictionary<string, string>
            {
                ["NewAction.Type"] = "Assign",
                ["NewAction.AssignTo"] = $"account:{trelon}",
            }
        );
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "<p id=\"NewAction_AssignTo-erreur\" class=\"field__error\">Cet agent ne peut pas instruire les dossiers de cette démarche",
            Decoded(designer)
        );
        Assert.Contains("aria-describedby=\"NewAction_AssignTo-erreur\"", designer.LastPage);
        Assert.Empty((await TransitionAsync(app, "attribution-prevue")).Actions);

        await designer.SubmitAsync(
            page + "?handler=AddAction",
            new Dictionary<string, string>
            {
                ["NewAction.Type"] = "Assign",
                ["NewAction.AssignTo"] = $"account:{admin}",
            },
            page
        );
        Assert.Equal($"account:{admin}", (await TransitionAsync(app, "attribution-prevue")).Actions.Single().AssignTo);
        // The list of actions names the agent, never the raw account id.
        Assert.Matches(
            @"<strong>Attribuer à un service ou un agent</strong>\s*Dominique Carpentier\s*<form",
            Decoded(designer)
        );
        Assert.DoesNotContain(
            $"account:{admin}",
            Decoded(designer).Split("<h2 id=\"actions\">")[1].Split("<optgroup")[0]
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_transition_assigns_the_preset_agent_who_is_told_by_mail(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var admin = await AccountIdAsync(app, "admin@demo.sud-avesnois.fr");
        var (file, agent, page) = await PresetFileOpenedByFourmiesAsync(app, admin);
        Assert.Contains("<option value=\"\">Prévu par le circuit (Dominique Carpentier)</option>", Decoded(agent));

        await agent.SubmitAsync(
            $"{page}?handler=Transition",
            new Dictionary<string, string>
            {
                ["transition"] = "attribuer",
                ["stamp"] = Stamp().Match(agent.LastPage).Groups[1].Value,
                ["assignee"] = "",
            }
        );

        Assert.Contains("<dd>Dominique Carpentier</dd>", Decoded(agent));
        var moved = await FileAsync(app, file);
        Assert.Equal((DefaultWorkflow.InReview, admin), (moved.StateKey, moved.Assignee));
        Assert.Contains(moved.Events, e => e.Detail == "Attribué à Dominique Carpentier");
        using var scope = app.Services.CreateScope();
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var mail = await kernel.MailMessages.AsNoTracking().SingleAsync(m => m.Category == "procedures.assignment");
        Assert.Equal("admin@demo.sud-avesnois.fr", mail.Recipient);
        Assert.Contains(moved.Number!, mail.TextBody);
        Assert.True(
            await kernel.AuditEntries.AnyAsync(e =>
                e.Action == "procedures.assign" && e.Details == admin && e.Target == $"procedures:file:{moved.Number}"
            )
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_preset_agent_who_lost_the_permission_leaves_the_file_unassigned_with_a_notice(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var trelon = await AccountIdAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        Grant grant;
        using (var granting = app.Services.CreateScope())
        {
            var accounts = granting.ServiceProvider.GetRequiredService<AccountsDb>();
            accounts.Grants.Add(
                grant = new Grant(
                    trelon,
                    ProceduresModule.Instruct,
                    GrantScope.Commune(Fourmies),
                    DateTime.UtcNow,
                    "test"
                )
            );
            await accounts.SaveChangesAsync();
        }
        var (file, agent, page) = await PresetFileOpenedByFourmiesAsync(app, trelon);
        Assert.Contains("<option value=\"\">Prévu par le circuit (Alix Vandenberghe)</option>", Decoded(agent));
        using (var revoking = app.Services.CreateScope())
        {
            var accounts = revoking.ServiceProvider.GetRequiredService<AccountsDb>();
            accounts.Grants.Remove(await accounts.Grants.SingleAsync(g => g.Id == grant.Id));
            await accounts.SaveChangesAsync();
        }
        await agent.OpenAsync(page);
        Assert.Contains("Prévu par le circuit (un agent qui ne peut plus instruire ce dossier)", Decoded(agent));
        Assert.DoesNotContain(trelon, agent.LastPage);

        using var done = await agent.SubmitAsync(
            $"{page}?handler=Transition",
            new Dictionary<string, string>
            {
                ["transition"] = "attribuer",
                ["stamp"] = Stamp().Match(agent.LastPage).Groups[1].Value,
                ["assignee"] = "",
            }
        );

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("class=\"alert alert--warning\"", agent.LastPage);
        Assert.Contains(
            "mais l'agent prévu par le circuit ne peut plus l'instruire : le dossier n'a pas été attribué",
            Decoded(agent)
        );
        var moved = await FileAsync(app, file);
        Assert.Equal((DefaultWorkflow.InReview, (string?)null), (moved.StateKey, moved.Assignee));
        Assert.Contains(moved.Events, e =>
            e.Kind == FileEventKind.ActionFailed && e.Detail == Assignment.PresetGoneDetail
        );
        using var scope = app.Services.CreateScope();
        Assert.False(
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .MailMessages.AnyAsync(m => m.Category == "procedures.assignment")
        );
    }

    /// <summary>
    /// A file of a procedure whose transition « attribuer » presets <paramref name="accountId"/>, opened by the
    /// Fourmies agent.
    /// </summary>
    private static async Task<(Guid File, Browser Agent, string Page)> PresetFileOpenedByFourmiesAsync(
        BocageFactory app,
        string accountId
    )
    {
        await CreateAssigningProcedureAsync(app, PresetAssignee.OfAccount(accountId));
        var file = await SubmitToAssigningProcedureAsync(app);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{file}";
        await agent.OpenAsync(page);
        return (file, agent, page);
    }

    private static async Task<WorkflowTransition> TransitionAsync(BocageFactory app, string slug)
    {
        using var scope = app.Services.CreateScope();
        var procedure = await scope
            .ServiceProvider.GetRequiredService<ProceduresDb>()
            .Procedures.Include(p => p.Versions)
            .AsNoTracking()
            .SingleAsync(p => p.Slug == slug);
        return procedure
            .Versions.OrderByDescending(v => v.Number)
            .First()
            .Workflow.Transitions.Single(t => t.Key == "confier");
    }
}
