using System.Xml.Linq;
using Bocage.PayfipSimulator;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.PayFip;

namespace Bocage.Payments.Tests;

/// <summary>What creerPaiementSecurise accepts, checked before PayFiP (and its simulator) would refuse.</summary>
public sealed class PayFipRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 21, 0, 0, DateTimeKind.Utc);
    private static readonly Regie Water = new("FOU-EAU", "59249", "Eau", "000301", RegieMode.Test, "7011");

    private static PaymentAttempt Attempt(string email, params long[] amounts) =>
        new(
            Water,
            amounts
                .Select(a => new Invoice(
                    $"R-{Guid.NewGuid():N}",
                    Water.Id,
                    new InvoicePayerData(null, email, "A B"),
                    "Eau",
                    [new InvoiceLine("Eau", a)],
                    Now.AddDays(30),
                    Now
                ))
                .ToList(),
            null,
            email,
            Now
        );

    [Theory]
    [InlineData("Cantine – décembre (Anor)", "Cantine decembre Anor")]
    [InlineData("Œuvre d'été : 2 € «ça»", "Oeuvre d ete 2 ca")]
    [InlineData("   ***   ", "")]
    public void The_objet_keeps_ascii_letters_digits_and_single_spaces(string label, string objet) =>
        Assert.Equal(objet, PayFipRules.Objet(label));

    [Fact]
    public void The_objet_is_cut_at_one_hundred_characters_without_a_trailing_space()
    {
        var objet = PayFipRules.Objet(string.Concat(Enumerable.Repeat("Redevance é ", 20)));
        Assert.True(objet.Length <= 100);
        Assert.Matches("^[A-Za-z0-9 ]+[A-Za-z0-9]$", objet);
    }

    [Theory]
    [InlineData(99L, false)]
    [InlineData(100L, true)]
    [InlineData(10_000_000L, true)]
    [InlineData(10_000_001L, false)]
    public void One_payment_holds_one_euro_to_one_hundred_thousand(long cents, bool accepted)
    {
        if (accepted)
        {
            Assert.Equal(cents, Attempt("payeur@example.fr", cents).AmountCents);
        }
        else
        {
            var refused = Assert.Throws<PaymentRuleException>(() => Attempt("payeur@example.fr", cents));
            Assert.Equal(PaymentRefusal.AmountOutOfRange, refused.Refusal);
        }
    }

    [Fact]
    public void Several_invoices_together_over_the_limit_are_refused_in_one_payment() =>
        Assert.Equal(
            PaymentRefusal.AmountOutOfRange,
            Assert.Throws<PaymentRuleException>(() => Attempt("payeur@example.fr", 6_000_000, 5_000_000)).Refusal
        );

    [Theory]
    [InlineData("a@b.f", false)]
    [InlineData("a@b.fr", true)]
    public void The_payer_address_has_six_to_eighty_characters(string email, bool accepted)
    {
        Assert.Equal(accepted, PayFipRules.AcceptsMel(email));
        var longest = new string('a', 80 - "@example.fr".Length) + "@example.fr";
        Assert.True(PayFipRules.AcceptsMel(longest));
        Assert.False(PayFipRules.AcceptsMel("a" + longest));
    }

    [Fact]
    public void The_simulator_refuses_what_PayFiP_refuses_and_names_its_faults_as_PayFiP_does()
    {
        var soap = new SoapService(new SimulatorState(TimeProvider.System));
        string Create(string objet, string montant, string mel) =>
            soap.Handle(
                $"""
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
                <pai:creerPaiementSecurise xmlns:pai="{SoapService.Contract}"><arg0>
                <exer>2026</exer><mel>{mel}</mel><montant>{montant}</montant><numcli>000301</numcli>
                <objet>{objet}</objet><refdet>ABC123</refdet><saisie>T</saisie>
                <urlnotif>http://localhost/n</urlnotif><urlredirect>http://localhost/r</urlredirect>
                </arg0></pai:creerPaiementSecurise></soapenv:Body></soapenv:Envelope>
                """
            ).Body;

        var created = XDocument.Parse(Create("Eau 2026", "4200", "payeur@example.fr"));
        Assert.Equal(36, created.Descendants("idOp").Single().Value.Length);
        Assert.Contains(">R6<", Create("Eau décembre", "4200", "payeur@example.fr"));
        Assert.Contains(">R4<", Create("Eau", "99", "payeur@example.fr"));
        Assert.Contains(">R4<", Create("Eau", "10000001", "payeur@example.fr"));
        Assert.Contains(">R7<", Create("Eau", "4200", "a@b.f"));
        var fault = XDocument.Parse(Create("Eau", "99", "payeur@example.fr"));
        Assert.Equal(
            "fr.gouv.finances.cp.tpa.webservice.exceptions.FonctionnelleErreur",
            fault.Descendants("faultstring").Single().Value
        );
    }
}
