using System.Security.Claims;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Mandates;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Who may apply to a procedure and who may see a file: its applicant's account, the mediator who acts
/// under a running mandate, a member of its company, or whoever proved the tracking code (remembered in
/// a protected cookie for this browser).
/// </summary>
internal sealed class Applicants(
    AccountsDb accounts,
    CompanyMemberships companies,
    MandateRegistry mandates,
    IDataProtectionProvider protection,
    TimeProvider clock
)
{
    private const string Cookie = "bocage-demarches";

    private IDataProtector Protector => protection.CreateProtector("Bocage.Procedures.Tracking");

    /// <summary>Null when the person may apply; otherwise the text key explaining why not.</summary>
    public async Task<string?> RefusalAsync(
        Procedure procedure,
        ClaimsPrincipal user,
        CancellationToken cancellationToken = default
    )
    {
        if (!procedure.IsOpen(clock.GetUtcNow().UtcDateTime))
        {
            return "ProcedureClosed";
        }
        var id = user.AccountId();
        return procedure.Audience switch
        {
            Audience.Anyone => null,
            _ when id is null => "ProcedureNeedsAccount",
            // A company only claimed by its SIRET has proved nothing yet: it waits for its letter or an agent.
            Audience.Business => await companies.OfAccountAsync(id, cancellationToken) switch
            {
                null => "ProcedureNeedsCompany",
                { IsVerified: false } => "ProcedureNeedsVerifiedCompany",
                _ => null,
            },
            Audience.Agent => await accounts.Users.AnyAsync(
                u => u.Id == id && (u.Kind == AccountKind.Agent || u.Kind == AccountKind.Administrator),
                cancellationToken
            )
                ? null
                : "ProcedureNeedsAgent",
            _ => null,
        };
    }

    public async Task<Guid?> CompanyOfAsync(string accountId, CancellationToken cancellationToken) =>
        (await companies.OfAccountAsync(accountId, cancellationToken))?.Id;

    public async Task<string?> EmailOfAsync(string accountId, CancellationToken cancellationToken) =>
        await accounts.Users.Where(u => u.Id == accountId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The person a mediator acts for under this mandate, or null when the mandate does not allow it now.
    /// </summary>
    public async Task<string?> MandatorAsync(Guid mandateId, string mediatorId, CancellationToken cancellationToken) =>
        (await mandates.FindUsableAsync(mandateId, mediatorId, MandateScopes.Procedures, cancellationToken))?.PersonId;

    public async Task<bool> MaySeeAsync(
        ProcedureFile file,
        HttpContext http,
        CancellationToken cancellationToken = default
    )
    {
        var id = http.User.AccountId();
        if (id is not null && (file.ApplicantAccountId == id || file.MediatorAccountId == id))
        {
            return true;
        }
        if (id is not null && file.CompanyId is { } company && await CompanyOfAsync(id, cancellationToken) == company)
        {
            return true;
        }
        return Tracked(http).Contains(file.Id);
    }

    /// <summary>Remembers in this browser that the person proved the tracking code of this file.</summary>
    public void Remember(HttpContext http, Guid fileId)
    {
        var ids = Tracked(http).Append(fileId).Distinct().TakeLast(20);
        http.Response.Cookies.Append(
            Cookie,
            Protector.Protect(string.Join(',', ids)),
            new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(30),
            }
        );
    }

    private List<Guid> Tracked(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Cookie, out var value) || string.IsNullOrEmpty(value))
        {
            return [];
        }
        try
        {
            return Protector
                .Unprotect(value)
                .Split(',')
                .Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty)
                .Where(g => g != Guid.Empty)
                .ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }
}
