using System.Text.RegularExpressions;

namespace Bocage.Payments.Tests;

/// <summary>The form to pay an invoice by its reference, as a phone shows it.</summary>
public sealed class PayByReferencePageTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_amount_opens_the_decimal_keyboard_not_the_letters(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var page = await app.Browser().OpenAsync("/factures/payer");

        var amount = Regex.Match(page, "<input id=\"Input_Amount\"[^>]*>").Value;
        Assert.Contains("inputmode=\"decimal\"", amount);
        Assert.Contains("type=\"text\"", amount);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_amount_or_address_PayFiP_would_refuse_is_told_at_its_field_and_kept(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var browser = app.Browser();
        await browser.OpenAsync("/factures/payer");

        using var response = await browser.SubmitAsync(
            "/factures/payer",
            new Dictionary<string, string>
            {
                ["Input.Reference"] = "FOU-EAU-2026-000001",
                ["Input.Amount"] = "0,99",
                ["Input.Email"] = "a@b.f",
            }
        );

        var page = System.Net.WebUtility.HtmlDecode(browser.LastPage);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"Input_Amount-erreur\"[^>]*>[^<]*PayFiP accepte un montant de 1,00 € à 100 000,00 €", page);
        Assert.Matches("id=\"Input_Email-erreur\"[^>]*>[^<]*de 6 à 80 caractères", page);
        Assert.Contains("value=\"0,99\"", page);
        Assert.Contains("value=\"a@b.f\"", page);
    }
}
