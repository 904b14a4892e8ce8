using System.Net;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Inbox;

/// <summary>A date filter the inbox cannot use is a message at the field, never a 500.</summary>
public sealed class InboxDateTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Dates_out_of_range_or_unreadable_are_refused_at_their_field_and_the_inbox_still_answers(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");

        using var last = await agent.GetAsync("/gestion/demarches?au=9999-12-31");
        var lastPage = WebUtility.HtmlDecode(agent.LastPage);
        using var first = await agent.GetAsync("/gestion/demarches?du=0001-01-01&au=2024-13-45");
        var firstPage = WebUtility.HtmlDecode(agent.LastPage);
        using var fine = await agent.GetAsync("/gestion/demarches?du=2024-01-01&au=2024-12-31");

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Contains("id=\"au-erreur\"", lastPage);
        Assert.Contains("Saisissez une date valable, entre le 01/01/1900 et le 31/12/2100.", lastPage);
        Assert.DoesNotContain("id=\"du-erreur\"", lastPage);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("id=\"du-erreur\"", firstPage);
        Assert.Contains("id=\"au-erreur\"", firstPage);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.DoesNotContain("field__error", agent.LastPage);
    }
}
