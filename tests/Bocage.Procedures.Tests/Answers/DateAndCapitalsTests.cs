using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using static Bocage.Procedures.Tests.Answers.TestForms;

namespace Bocage.Procedures.Tests.Answers;

/// <summary>A departure never before the arrival; a passport number typed in lower case with spaces is kept.</summary>
public sealed class DateAndCapitalsTests
{
    private static readonly FieldDefinition Arrival = new("arrivee", FieldType.Date, "Date d'arrivée");

    private static readonly FieldDefinition Departure = new("depart", FieldType.Date, "Date de départ")
    {
        NotBefore = "arrivee",
    };

    private static AnswerCheck Stay(string arrival, string departure) =>
        Validator("fr")
            .Validate(Form(Arrival, Departure), new AnswerSet([new("arrivee", [arrival]), new("depart", [departure])]));

    [Fact]
    public void A_departure_before_the_arrival_is_refused_naming_both_dates()
    {
        var check = Stay("2027-03-10", "2027-03-02");

        Assert.Equal("« Date de départ » ne peut pas être avant « Date d'arrivée ».", check.Errors["depart"]);
        Assert.DoesNotContain("arrivee", check.Errors.Keys);
    }

    [Theory]
    [InlineData("2027-03-10", "2027-03-10")]
    [InlineData("10/03/2027", "02/04/2027")]
    public void A_departure_on_or_after_the_arrival_is_kept(string arrival, string departure)
    {
        var check = Stay(arrival, departure);

        Assert.Empty(check.Errors);
        Assert.True(string.CompareOrdinal(check.Clean["arrivee"], check.Clean["depart"]) <= 0);
    }

    [Fact]
    public void A_wrong_arrival_leaves_the_departure_to_its_own_checks()
    {
        var check = Stay("pas une date", "2027-03-02");

        Assert.Contains("arrivee", check.Errors.Keys);
        Assert.DoesNotContain("depart", check.Errors.Keys);
    }

    [Theory]
    [InlineData("20ab 12345", "20AB12345")]
    [InlineData(" 20AB12345 ", "20AB12345")]
    public void A_number_in_capitals_may_be_typed_in_lower_case_and_with_spaces(string typed, string kept)
    {
        var passport = new FieldDefinition("passeport", FieldType.ShortText, "Numéro de passeport")
        {
            Pattern = "^[A-Z0-9]{6,12}$",
            Capitals = true,
        };

        var check = Validator("fr").Validate(Form(passport), new AnswerSet([new("passeport", [typed])]));

        Assert.Empty(check.Errors);
        Assert.Equal(kept, check.Clean["passeport"]);
    }
}
