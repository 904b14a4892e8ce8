using Bocage.Kernel.Accounts;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Mandates;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// Who a booking is for: the signed-in person, or (R25) the person a digital mediator acts for under a running
/// mandate covering bookings, with the mediator kept as the one who booked.
/// </summary>
internal sealed class BookingPeople(UserManager<Account> users, MandateRegistry mandates, CompanyMemberships companies)
{
    /// <summary>
    /// Whether the person may book at this audience's price: the company price needs a verified company account
    /// (the kernel's proof by posted code or checked document); the others are declared, as at a town hall desk.
    /// </summary>
    public async Task<bool> MayUseAsync(BookingPerson person, Audience audience, CancellationToken cancellationToken) =>
        audience != Audience.Company
        || await companies.OfAccountAsync(person.AccountId, cancellationToken) is { IsVerified: true };

    /// <summary>The mandates the mediator may use to book now, with the name of the person of each.</summary>
    public Task<List<(Guid Mandate, string Person)>> MandatesAsync(
        string accountId,
        CancellationToken cancellationToken
    ) => mandates.UsableWithNamesAsync(accountId, MandateScopes.Bookings, cancellationToken);

    /// <summary>The person, or null when the mandate may not be used (revoked, expired, another scope).</summary>
    public async Task<BookingPerson?> ForAsync(string accountId, Guid? mandateId, CancellationToken cancellationToken)
    {
        if (mandateId is not { } id)
        {
            return await PersonAsync(accountId, null);
        }
        var mandate = await mandates.FindUsableAsync(id, accountId, MandateScopes.Bookings, cancellationToken);
        return mandate is null ? null : await PersonAsync(mandate.PersonId, accountId);
    }

    private async Task<BookingPerson?> PersonAsync(string accountId, string? bookedBy)
    {
        var account = await users.FindByIdAsync(accountId);
        return account?.Email is null
            ? null
            : new BookingPerson(
                account.Id,
                $"{account.GivenName} {account.FamilyName}".Trim(),
                account.Email,
                // The person's own language when a mediator books for them; the page's otherwise.
                bookedBy is null
                    ? MailCulture.Current
                    : MailCulture.Supported(account.PreferredLanguage)
            )
            {
                BookedBy = bookedBy,
            };
    }
}
