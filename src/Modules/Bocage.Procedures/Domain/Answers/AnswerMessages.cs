using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// What the person reads when an answer is refused, in the language of the request. The label stays as the
/// designer wrote it (in French); only the sentence around it is translated (Answer_… texts of the engine).
/// </summary>
internal sealed class AnswerMessages(IStringLocalizer text)
{
    public string Required(string label) => text["Answer_Required", label];

    public string TooLong(string label, int max) => text["Answer_TooLong", label, max];

    public string TooShort(string label, int min) => text["Answer_TooShort", label, min];

    public string Pattern(string label) => text["Answer_Pattern", label];

    public string Number(string label) => text["Answer_Number", label];

    public string Amount(string label) => text["Answer_Amount", label];

    public string Below(string label, string min) => text["Answer_Below", label, min];

    public string Above(string label, string max) => text["Answer_Above", label, max];

    public string Date(string label) => text["Answer_Date", label];

    public string DateRange(string label) => text["Answer_DateRange", label];

    public string NotBefore(string label, string earlier) => text["Answer_NotBefore", label, earlier];

    public string Choice(string label) => text["Answer_Choice", label];

    public string YesNo(string label) => text["Answer_YesNo", label];

    public string Email(string label) => text["Answer_Email", label];

    public string Phone(string label) => text["Answer_Phone", label];

    public string Postcode(string label) => text["Answer_Postcode", label];

    public string Commune(string label) => text["Answer_Commune", label];

    public string Street(string label) => text["Answer_Street", label];

    public string Siret(string label) => text["Answer_Siret", label];

    public string Iban(string label) => text["Answer_Iban", label];

    public string Honour(string label) => text["Answer_Honour", label];

    public string TooManyRepeats(string label, long max) => text["Answer_TooManyRepeats", label, max];

    public string TooFewRepeats(string label, long min) => text["Answer_TooFewRepeats", label, min];

    public string Characters(string label) => text["Answer_Characters", label];

    public string File(string label) => text["Answer_File", label];

    public string Decimal(string label) => text["Answer_Decimal", label];

    public string DateTime(string label) => text["Answer_DateTime", label];

    public string AnyCommune(string label) => text["Answer_AnyCommune", label];

    public string WhichCommune(string label, IEnumerable<string> candidates) =>
        text["Answer_WhichCommune", label, string.Join(", ", candidates)];

    public string Rna(string label) => text["Answer_Rna", label];

    public string MapPoint(string label) => text["Answer_MapPoint", label];
}
