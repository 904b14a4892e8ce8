namespace Bocage.Procedures.Domain.Answers;

/// <summary>What the person reads when an answer is refused, in French (the language of the forms the designer writes).</summary>
internal static class AnswerMessages
{
    public static string Required(string label) => $"Renseignez « {label} ».";

    public static string TooLong(string label, int max) => $"« {label} » ne doit pas dépasser {max} caractères.";

    public static string TooShort(string label, int min) => $"« {label} » doit contenir au moins {min} caractères.";

    public static string Pattern(string label) => $"« {label} » n'a pas le format attendu.";

    public static string Number(string label) => $"« {label} » doit être un nombre entier, par exemple 12.";

    public static string Amount(string label) => $"« {label} » doit être un montant en euros, par exemple 12,50.";

    public static string Below(string label, string min) => $"« {label} » doit être au moins {min}.";

    public static string Above(string label, string max) => $"« {label} » doit être au plus {max}.";

    public static string Date(string label) => $"« {label} » doit être une date, par exemple 14/07/2026.";

    public static string DateRange(string label) => $"« {label} » doit être une date entre 1900 et 2100.";

    public static string Choice(string label) => $"Choisissez « {label} » parmi les propositions.";

    public static string YesNo(string label) => $"Répondez oui ou non à « {label} ».";

    public static string Email(string label) => $"« {label} » doit être une adresse e-mail, par exemple nom@exemple.fr.";

    public static string Phone(string label) => $"« {label} » doit être un numéro de téléphone français, par exemple 03 27 60 00 00.";

    public static string Postcode(string label) => $"Le code postal de « {label} » doit avoir 5 chiffres.";

    public static string Commune(string label) => $"Choisissez la commune de « {label} » parmi celles du Sud Avesnois.";

    public static string Street(string label) => $"Renseignez le numéro et la voie de « {label} ».";

    public static string Siret(string label) => $"« {label} » doit être un numéro SIRET valide de 14 chiffres.";

    public static string Iban(string label) => $"« {label} » doit être un IBAN valide, par exemple FR76 3000 6000 0112 3456 7890 189.";

    public static string Honour(string label) => $"Cochez « {label} » pour continuer.";

    public static string TooManyRepeats(string label, long max) => $"« {label} » ne peut pas être répété plus de {max} fois.";

    public static string TooFewRepeats(string label, long min) => $"« {label} » doit être rempli au moins {min} fois.";

    public static string Characters(string label) => $"« {label} » contient des caractères non autorisés.";

    public static string File(string label) => $"Joignez un fichier pour « {label} ».";
}
