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
}
