using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Hours;
using Bocage.Bookings.Domain.Reserving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests;

/// <summary>The steps the booking stories share: people, free slots, the booking form, the mails.</summary>
internal static class BookingSteps
{
    public const string Password = "Bocage-demo-2026";
    public const string Inhabitant = "habitant@demo.sud-avesnois.fr";

    /// <summary>A demo agent, signed in with the authenticator they enrol on the way.</summary>
    public static async Task<Browser> AgentAsync(BocageFactory app, string email)
    {
        var browser = app.Browser();
        await browser.SignInAsStaffAsync(email, Password);
        return browser;
    }

    public static async Task<Browser> SignedInAsync(BocageFactory app, string email = Inhabitant)
    {
        var browser = app.Browser();
        await browser.SignInAsync(email, Password);
        return browser;
    }

    /// <summary>A new confirmed inhabitant, signed in.</summary>
    public static async Task<Browser> NewPersonAsync(BocageFactory app, string email, string givenName = "Camille")
    {
        await TestAccounts.CreateConfirmedAsync(app.Services, email, givenName, "Lefèvre", Password);
        return await SignedInAsync(app, email);
    }

    public static async Task<T> ReadAsync<T>(BocageFactory app, Func<BookingsDb, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<BookingsDb>());
    }

    public static Task<Resource> ResourceAsync(BocageFactory app, string slug) =>
        ReadAsync(app, db => db.Resources.AsNoTracking().SingleAsync(r => r.Slug == slug));

    /// <summary>The resource's free slots from <paramref name="skip"/> on, as its page offers them.</summary>
    public static async Task<Slot> FreeSlotAsync(BocageFactory app, string slug, int skip = 0)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDb>();
        var resource = await db.Resources.AsNoTracking().SingleAsync(r => r.Slug == slug);
        var next = await scope.ServiceProvider.GetRequiredService<FreeSlots>().NextAsync(resource, skip + 1, default);
        return next[skip].Slot;
    }

    public static string Value(Slot slot) => SlotInput.Value(slot.StartUtc);

    /// <summary>The start of the button that books the slot (a free slot's).</summary>
    public static string BookButton(Slot slot) => $"value=\"{Value(slot)}\">";

    /// <summary>The start of the button that joins the slot's waiting list (a full slot's).</summary>
    public static string WaitButton(Slot slot) => $"value=\"{Value(slot)}\" formaction=";

    public static async Task<HttpResponseMessage> BookAsync(Browser browser, string slug, Slot slot)
    {
        await browser.OpenAsync($"/reserver/{slug}");
        return await browser.SubmitAsync(
            $"/reserver/{slug}",
            new Dictionary<string, string> { ["debut"] = Value(slot) }
        );
    }

    /// <summary>Whether the audit log holds an entry of this action.</summary>
    public static async Task<bool> AuditedAsync(BocageFactory app, string action)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.AnyAsync(e => e.Action == action);
    }

    public static async Task<List<Kernel.Mail.OutgoingMail>> MailsAsync(BocageFactory app, string category)
    {
        await app.Services.SettleOutboxAsync();
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Include(m => m.Attachments)
            .Where(m => m.Category == category)
            .OrderBy(m => m.Id)
            .ToListAsync();
    }
}
