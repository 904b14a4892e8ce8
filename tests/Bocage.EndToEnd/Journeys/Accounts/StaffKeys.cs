using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Journeys.Accounts;

/// <summary>
/// The browser tests share one application: a staff account enrols its authenticator once, and the
/// tests that come after sign in with the code, as the person would with their phone.
/// </summary>
internal static class StaffKeys
{
    private static readonly ConcurrentDictionary<string, string> Keys = new();
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task SignInAsync(IPage page, string email)
    {
        await Gate.WaitAsync();
        try
        {
            await AccountSteps.SignInAsync(page, email, AccountSteps.DemoPassword);
            if (Keys.TryGetValue(email, out var key))
            {
                await page.GetByLabel("Code à six chiffres").FillAsync(Bocage.Testing.Totp.Now(key));
                await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            }
            else
            {
                Keys[email] = await AccountSteps.EnrolAuthenticatorAsync(page);
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
