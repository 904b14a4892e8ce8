using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using OidcPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>
/// A real OpenID Connect provider (OpenIddict 7, its EF Core store on a SQLite file) on Kestrel at
/// 127.0.0.1 on a free port, set up like FranceConnect: code flow, confidential client, the scopes
/// given_name, family_name, birthdate and email, acr in the ID token, UserInfo and end-session
/// endpoints. It consents at once for <see cref="Person"/> and records what it was asked.
/// </summary>
public sealed partial class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "bocage-test";
    public const string ClientSecret = "bocage-test-secret-5d1f0c";

    private readonly WebApplication _host;
    private readonly string _databaseFile;
    private readonly RsaSecurityKey _signingKey;
    private readonly ECDsaSecurityKey _ellipticKey;

    public Uri Address { get; private set; } = null!;

    public ProviderPerson Person { get; set; } = ProviderPerson.New();

    public Misbehaviour Misbehaviour { get; set; }

    /// <summary>The acr_values of every authorization request, in order.</summary>
    public ConcurrentQueue<string?> AcrValuesRequested { get; } = new();

    /// <summary>The nonce of every authorization request, in order.</summary>
    public ConcurrentQueue<string?> Nonces { get; } = new();

    /// <summary>Every redirection back to the client (redirect_uri with code and state), in order.</summary>
    public ConcurrentQueue<string> Callbacks { get; } = new();

    /// <summary>Every ID token as sent to the client, in order.</summary>
    public ConcurrentQueue<string> IdTokensSent { get; } = new();

    /// <summary>The id_token_hint of every end-session request, in order.</summary>
    public ConcurrentQueue<string?> EndSessionHints { get; } = new();

    /// <summary>The raw query string of every authorization and end-session request, in order.</summary>
    public ConcurrentQueue<string> AuthorizeQueries { get; } = new();
    public ConcurrentQueue<string> EndSessionQueries { get; } = new();

    /// <summary>
    /// UserInfo answers as FranceConnect v2 does, a JWT signed with the provider's key (RSA, or the
    /// elliptic one when the ID tokens are re-signed ES256); false for the plain JSON the standard allows.
    /// </summary>
    public bool SignsUserInfo { get; set; } = true;

    private TestIdentityProvider(
        WebApplication host,
        string databaseFile,
        RsaSecurityKey signingKey,
        ECDsaSecurityKey ec
    )
    {
        _host = host;
        _databaseFile = databaseFile;
        _signingKey = signingKey;
        _ellipticKey = ec;
    }

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bocage-idp-{Guid.NewGuid():N}.db");
        var signingKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-provider-key" };
        // Published beside the RSA key (FranceConnect v2 signs ES256 or RS256); OpenIddict signs with the first.
        var ellipticKey = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256))
        {
            KeyId = "test-provider-ec",
        };
        TestIdentityProvider? self = null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<DbContext>(o => o.UseSqlite($"Data Source={file}").UseOpenIddict());
        builder
            .Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow();
                o.RegisterScopes(Scopes.OpenId, "given_name", "family_name", "birthdate", Scopes.Email);
                o.AddSigningKey(signingKey);
                o.AddSigningKey(ellipticKey);
                o.AddEphemeralEncryptionKey();
                o.UseAspNetCore()
                    .DisableTransportSecurityRequirement()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                o.AddEventHandler<ApplyTokenResponseContext>(h =>
                    h.UseInlineHandler(context =>
                        {
                            if (context.Response.IdToken is { } idToken)
                            {
                                context.Response.IdToken = self!.Tamper(idToken);
                                self.IdTokensSent.Enqueue(context.Response.IdToken!);
                            }
                            return default;
                        })
                        .SetOrder(int.MinValue + 100_000)
                );
            });
        var host = builder.Build();
        self = new TestIdentityProvider(host, file, signingKey, ellipticKey);
        host.Use(
            async (http, next) =>
            {
                var queries = http.Request.Path.Value switch
                {
                    "/connect/authorize" => self.AuthorizeQueries,
                    "/connect/endsession" => self.EndSessionQueries,
                    _ => null,
                };
                queries?.Enqueue(http.Request.QueryString.Value ?? "");
                await next();
                if (
                    http.Request.Path == "/connect/authorize"
                    && http.Response.Headers.Location.ToString() is { Length: > 0 } location
                )
                {
                    self.Callbacks.Enqueue(location);
                }
            }
        );
        host.UseAuthentication();
        host.MapMethods("/connect/authorize", ["GET", "POST"], self.AuthorizeAsync);
        host.MapPost("/connect/token", (Delegate)TokenAsync);
        host.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)self.UserInfoAsync);
        host.MapMethods("/connect/endsession", ["GET", "POST"], self.EndSession);
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Database.EnsureCreatedAsync();
        }
        await host.StartAsync();
        self.Address = new Uri(
            host.Services.GetRequiredService<IServer>()
                .Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.First() + "/"
        );
        return self;
    }

    /// <summary>Registers the application as a confidential client, once its own address is known.</summary>
    public async Task RegisterClientAsync(Uri app)
    {
        using var scope = _host.Services.CreateScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Bocage",
        };
        descriptor.RedirectUris.Add(new Uri(app, "/connexion/franceconnect/retour"));
        descriptor.PostLogoutRedirectUris.Add(new Uri(app, "/deconnexion/franceconnect/retour"));
        foreach (
            var permission in new[]
            {
                OidcPermissions.Endpoints.Authorization,
                OidcPermissions.Endpoints.Token,
                OidcPermissions.Endpoints.EndSession,
                OidcPermissions.GrantTypes.AuthorizationCode,
                OidcPermissions.ResponseTypes.Code,
                OidcPermissions.Scopes.Email,
                OidcPermissions.Prefixes.Scope + "given_name",
                OidcPermissions.Prefixes.Scope + "family_name",
                OidcPermissions.Prefixes.Scope + "birthdate",
            }
        )
        {
            descriptor.Permissions.Add(permission);
        }
        await applications.CreateAsync(descriptor);
    }

    private IResult AuthorizeAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()!;
        AcrValuesRequested.Enqueue(request.AcrValues);
        Nonces.Enqueue(request.Nonce);
        if (Misbehaviour == Misbehaviour.PersonCancels)
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        var person = Person;
        var identity = new ClaimsIdentity(
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            Claims.Subject,
            Claims.Role
        );
        identity
            .SetClaim(Claims.Subject, person.Subject)
            .SetClaim(
                Claims.AuthenticationContextReference,
                Misbehaviour == Misbehaviour.WeakAcr ? "eidas0" : "eidas1"
            );
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(
            new ClaimsPrincipal(identity),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme
        );
    }

    private static async Task<IResult> TokenAsync(HttpContext http)
    {
        // The code (its client, PKCE verifier, single use) was checked by OpenIddict before this runs.
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(
            result.Principal!,
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme
        );
    }

    private async Task<IResult> UserInfoAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = result.Principal?.GetClaim(Claims.Subject);
        if (subject is null)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        var user = new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["given_name"] = Person.GivenName,
            ["family_name"] = Person.FamilyName,
            ["birthdate"] = Person.Birthdate,
            ["email"] = Person.Email,
        };
        return SignsUserInfo ? Results.Text(UserInfoJwt(user), "application/jwt") : Results.Json(user);
    }

    private IResult EndSession(HttpContext http)
    {
        EndSessionHints.Enqueue(http.GetOpenIddictServerRequest()?.IdTokenHint);
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]
        );
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }
}
