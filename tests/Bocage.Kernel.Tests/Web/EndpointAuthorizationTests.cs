using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Web;

/// <summary>Walks every mapped address: what needs a person never answers data to an anonymous visitor.</summary>
public sealed class EndpointAuthorizationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static List<(string Path, bool Protected)> Routes(BocageFactory app) =>
        app
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e =>
                e.RoutePattern.Parameters.All(p =>
                    p.IsOptional || p.Default is not null || p.Name is "slug" or "code" or "culture"
                )
            )
            .Select(e =>
                (
                    Path: "/"
                        + string.Join(
                            '/',
                            e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Part)))
                        ),
                    Protected: e.Metadata.GetMetadata<IAuthorizeData>() is not null
                        && e.Metadata.GetMetadata<IAllowAnonymous>() is null
                )
            )
            .DistinctBy(r => r.Path)
            .ToList();

    private static string Part(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) =>
        part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "slug" } => "fourmies",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "code" } => "404",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "culture" } => "fr",
            _ => "",
        };

    /// <summary>
    /// Every required parameter gets a value its constraint accepts (a guid, an int, a word), so that the page
    /// itself (and its antiforgery check) answers the post rather than routing's 404.
    /// </summary>
    private static string Filled(
        Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternPathSegment segment
    ) =>
        string.Concat(
            segment.Parts.Select(p =>
                p switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsOptional: true } => "",
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter
                        when pattern.ParameterPolicies.TryGetValue(parameter.Name, out var policies) => policies
                        .Select(c => c.Content)
                        .FirstOrDefault(c => c is "guid" or "int") switch
                    {
                        "guid" => Guid.NewGuid().ToString(),
                        "int" => "0",
                        _ => "x",
                    },
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart
                    {
                        Name: not ("slug" or "code" or "culture")
                    } => "x",
                    _ => Part(p),
                }
            )
        );

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_protected_address_sends_an_anonymous_visitor_to_sign_in(DatabaseProvider db)
    {
        var app = apps.App(db);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var routes = Routes(app).Where(r => r.Protected).ToList();
        Assert.Contains(routes, r => r.Path == "/compte");
        Assert.Contains(routes, r => r.Path == "/gestion/agents");

        foreach (var (path, _) in routes)
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(
                response.StatusCode
                    is HttpStatusCode.Redirect
                        or HttpStatusCode.Unauthorized
                        or HttpStatusCode.Forbidden,
                $"{path} answered {(int)response.StatusCode} to an anonymous visitor"
            );
            Assert.DoesNotContain("habitant@demo", body);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith(
                    "/connexion",
                    response.Headers.Location!.OriginalString.Replace("http://localhost", "")
                );
            }
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_of_another_commune_never_reads_Fourmies_data_anywhere(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using (var scope = app.Services.CreateScope())
        {
            await scope
                .ServiceProvider.GetRequiredService<Bocage.Kernel.Audit.AuditLog>()
                .AppendAsync("account:test", "procedures.file.accept", "file:FOURMIES-SECRET", "59249");
        }
        var agent = app.Browser();
        await Accounts.StaffTests.EnrolAsync(agent, "agent.trelon@demo.sud-avesnois.fr");
        var routes = Routes(app).Where(r => r.Protected).ToList();

        foreach (var (path, _) in routes)
        {
            using var response = await agent.GetAsync(path + (path.Contains("journal") ? "?commune=59249" : ""));
            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                $"{path} answered {(int)response.StatusCode} to an agent of Trélon"
            );
            Assert.DoesNotContain("FOURMIES-SECRET", agent.LastPage);
            Assert.DoesNotContain("habitant@demo", agent.LastPage);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_form_post_without_its_token_is_refused(DatabaseProvider db)
    {
        var app = apps.App(db);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var pages = app
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => Filled(e.RoutePattern, s))))
            .Distinct()
            .Where(p => !p.StartsWith("/erreur", StringComparison.Ordinal))
            // PayFiP's urlredirect may come back by POST from PayFiP's site, which has no token of ours: it trusts
            // nothing it is sent and changes nothing for the person (Payments' ExpiryTests).
            .Where(p => p != "/factures/retour")
            .ToList();
        Assert.Contains("/connexion", pages);

        foreach (var path in pages)
        {
            using var response = await client.PostAsync(
                path,
                new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@exemple.fr" })
            );
            Assert.True(
                response.StatusCode
                    is HttpStatusCode.BadRequest
                        or HttpStatusCode.Redirect
                        or HttpStatusCode.MethodNotAllowed,
                $"POST {path} without a token answered {(int)response.StatusCode}"
            );
        }
    }
}
