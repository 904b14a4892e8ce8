using Bocage.Kernel.Hours;

namespace Bocage.Kernel.Tests.Hours;

public sealed class OpeningHoursErrorTests
{
    [Theory]
    [InlineData("Mx 09:00-12:00", "« Mx » n'est pas un jour : écrivez Mo, Tu, We, Th, Fr, Sa, Su ou PH.")]
    [InlineData("Lundi 09:00-12:00", "« Lundi » n'est pas un jour : écrivez Mo, Tu, We, Th, Fr, Sa, Su ou PH.")]
    [InlineData("Mo-Fx 09:00-12:00", "« Fx » n'est pas un jour : écrivez Mo, Tu, We, Th, Fr, Sa, Su ou PH.")]
    [InlineData("Mo,Xx off", "« Xx » n'est pas un jour : écrivez Mo, Tu, We, Th, Fr, Sa, Su ou PH.")]
    [InlineData(
        "Jux 14 off",
        "« Jux » n'est pas un mois : écrivez Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov ou Dec."
    )]
    [InlineData("Mo-Fr 09:00-25:00", "L'heure « 25:00 » n'existe pas.")]
    [InlineData("Mo 09:60-10:00", "L'heure « 09:60 » n'existe pas.")]
    [InlineData("Mo 10:00-24:30", "L'heure « 24:30 » n'existe pas.")]
    [InlineData("Mo 24:00-24:00", "L'heure « 24:00 » ne peut que finir une plage.")]
    [InlineData("Mo 12:00-09:00", "La plage 12:00-09:00 finit avant de commencer.")]
    [InlineData("Mo 22:00-2:00", "La plage 22:00-02:00 finit avant de commencer.")]
    [InlineData("Mo 09:00-09:00", "La plage 09:00-09:00 est vide.")]
    [InlineData("Mo 9h-12h", "« 9h » n'est pas une heure : écrivez HH:MM, par exemple 09:00.")]
    [InlineData("Mo 09:00-12h", "« 12h » n'est pas une heure : écrivez HH:MM, par exemple 09:00.")]
    [InlineData("Mo 10:00+", "« 10:00+ » n'est pas une heure : écrivez HH:MM, par exemple 09:00.")]
    [InlineData("Mo 09:00", "La plage qui commence à 09:00 n'a pas de fin : écrivez « 09:00-12:00 ».")]
    [InlineData("Mo 9:00-", "La plage qui commence à 09:00 n'a pas de fin : écrivez « 09:00-12:00 ».")]
    [InlineData("Mo 09:00-12:00,11:00-13:00", "Les plages 09:00-12:00 et 11:00-13:00 se chevauchent.")]
    [InlineData("Mo 11:00-13:00,09:00-12:00", "Les plages 09:00-12:00 et 11:00-13:00 se chevauchent.")]
    [InlineData("Feb 30 off", "La date « Feb 30 » n'existe pas.")]
    [InlineData("Dec 0 off", "La date « Dec 0 » n'existe pas.")]
    [InlineData("Dec 123456789012 off", "La date « Dec 123456789012 » n'existe pas.")]
    [InlineData("Dec 26-24 off", "La plage Dec 26-24 finit avant de commencer.")]
    [InlineData(
        "Jul 14-Aug off",
        "La plage « Jul 14-Aug » mêle un mois entier et un jour : écrivez « Jul 14-Aug 31 » ou « Jul-Aug »."
    )]
    [InlineData(
        "Jul-14 off",
        "La plage « Jul-14 » mêle un mois entier et un jour : écrivez « Jul 14-Aug 31 » ou « Jul-Aug »."
    )]
    [InlineData(
        "Mo-Fr Jul 10:00-12:00",
        "Le mois « Jul » doit venir avant les jours, par exemple « Jul-Aug Mo-Fr 10:00-12:00 »."
    )]
    [InlineData(
        "PH-Mo off",
        "« PH » ne peut pas commencer ni finir une plage de jours : écrivez par exemple « Su,PH »."
    )]
    [InlineData(
        "Mo-PH off",
        "« PH » ne peut pas commencer ni finir une plage de jours : écrivez par exemple « Su,PH »."
    )]
    [InlineData("Mo off 09:00-12:00", "« 09:00 » est en trop après « off ».")]
    [InlineData("Mo 09:00-12:00 Sa", "« Sa » est en trop après « 09:00-12:00 ».")]
    [InlineData("Mo Sa 09:00-12:00", "« Sa » n'est pas compris ici.")]
    [InlineData("Mo 09:00-12:00,off", "« off » n'est pas compris ici.")]
    [InlineData("Mo || Tu", "« || » n'est pas compris ici.")]
    [InlineData("Mo,09:00-12:00", "« , » n'est pas compris ici.")]
    [InlineData("Mo-", "La règle « Mo- » s'arrête trop tôt.")]
    [InlineData("Dec-", "La règle « Dec- » s'arrête trop tôt.")]
    [InlineData("24/7 Mo", "« 24/7 » s'écrit seul dans sa règle, par exemple « 24/7; Dec 25 off ».")]
    [InlineData("Mo 24/7", "« 24/7 » s'écrit seul dans sa règle, par exemple « 24/7; Dec 25 off ».")]
    public void A_refused_rule_says_what_is_wrong_in_french(string text, string expected)
    {
        Assert.False(OpeningHours.TryParse(text, out var hours, out var error));
        Assert.Null(hours);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" ; ;")]
    [InlineData(null)]
    public void Empty_hours_are_refused(string? text)
    {
        Assert.False(OpeningHours.TryParse(text, out var hours, out var error));
        Assert.Null(hours);
        Assert.Equal("Les horaires sont vides : écrivez par exemple « Mo-Fr 09:00-17:00 ».", error);
    }

    [Fact]
    public void With_several_rules_the_message_names_the_faulty_one()
    {
        Assert.False(OpeningHours.TryParse("Mo-Fr 09:00-12:00; Sa 09:00-25:00; PH off", out _, out var error));
        Assert.Equal("Règle 2 (« Sa 09:00-25:00 ») : l'heure « 25:00 » n'existe pas.", error);
    }

    [Fact]
    public void The_first_faulty_rule_is_reported()
    {
        Assert.False(OpeningHours.TryParse("Mx 09:00-12:00;Mo 12:00-09:00", out _, out var error));
        Assert.Equal(
            "Règle 1 (« Mx 09:00-12:00 ») : « Mx » n'est pas un jour : écrivez Mo, Tu, We, Th, Fr, Sa, Su ou PH.",
            error
        );
    }
}
