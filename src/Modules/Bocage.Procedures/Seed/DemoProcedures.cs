using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed;

/// <summary>
/// Two procedures the instruction side is demonstrated and tested with: a waste bin request in
/// Fourmies (anyone) and a digital workshop in Trélon (with a repeatable block and a condition).
/// The designer's demo definitions add the others; a slug already present is left alone.
/// </summary>
internal static class DemoProcedures
{
    public const string Bin = "demande-bac-ordures-menageres";
    public const string Workshop = "inscription-atelier-numerique";

    public static IEnumerable<Procedure> Create(DateTime nowUtc)
    {
        yield return Build(
            Bin,
            "Demande de bac à ordures ménagères",
            "déchets",
            "59249",
            BinForm(),
            nowUtc,
            "Demandez un bac à ordures ménagères ou de tri, ou son remplacement s'il est cassé."
        );
        yield return Build(
            Workshop,
            "Inscription à un atelier numérique",
            "numérique",
            "59601",
            WorkshopForm(),
            nowUtc,
            "Inscrivez-vous, vous et vos proches, à un atelier d'initiation au numérique de la médiathèque."
        );
    }

    private static Procedure Build(
        string slug,
        string title,
        string theme,
        string commune,
        FormSchema form,
        DateTime nowUtc,
        string description
    )
    {
        var procedure = Procedure.Create(slug, title, nowUtc);
        procedure.Description = description;
        procedure.Theme = theme;
        procedure.CommuneInsee = commune;
        procedure.Audience = Audience.Anyone;
        procedure.DraftVersion(nowUtc).TryEdit(form, DefaultWorkflow.Create());
        procedure.Publish(nowUtc);
        return procedure;
    }

    private static FormSchema BinForm() =>
        new([
            new FormPage(
                "Vous",
                [
                    new FieldDefinition("nom", FieldType.ShortText, "Nom et prénom")
                    {
                        Required = true,
                        Autocomplete = "name",
                        MaxLength = 120,
                    },
                    new FieldDefinition("telephone", FieldType.Phone, "Téléphone")
                    {
                        Help = "Pour convenir de la livraison.",
                    },
                    new FieldDefinition("adresse", FieldType.Address, "Adresse de livraison") { Required = true },
                ]
            ),
            new FormPage(
                "Votre bac",
                [
                    new FieldDefinition("type", FieldType.SingleChoice, "Type de bac")
                    {
                        Required = true,
                        Options = [new("ordures", "Ordures ménagères"), new("tri", "Tri sélectif")],
                    },
                    new FieldDefinition("motif", FieldType.SingleChoice, "Motif")
                    {
                        Required = true,
                        Options =
                        [
                            new("nouveau", "Nouvel habitant"),
                            new("casse", "Bac cassé"),
                            new("vol", "Bac volé"),
                        ],
                    },
                    // The service must know what broke (lid, wheel, tank) to bring a part or a new bin.
                    new FieldDefinition("precisions", FieldType.LongText, "Précisions")
                    {
                        Required = true,
                        MaxLength = 2000,
                        Condition = new("motif", ConditionOperator.Equals, "casse"),
                    },
                    new FieldDefinition(
                        "honneur",
                        FieldType.HonourStatement,
                        "Je certifie sur l'honneur l'exactitude de ces informations"
                    ),
                ]
            ),
        ]);

    private static FormSchema WorkshopForm() =>
        new([
            new FormPage(
                "Participants",
                [
                    new FieldDefinition("email", FieldType.Email, "Adresse e-mail") { Required = true },
                    new FieldDefinition("participants", FieldType.RepeatableBlock, "Participant")
                    {
                        Required = true,
                        Max = 4,
                        Children =
                        [
                            new FieldDefinition("prenom", FieldType.ShortText, "Prénom")
                            {
                                Required = true,
                                MaxLength = 80,
                            },
                            new FieldDefinition("naissance", FieldType.Date, "Date de naissance") { Required = true },
                        ],
                    },
                    new FieldDefinition("atelier", FieldType.DropDown, "Atelier")
                    {
                        Required = true,
                        Options =
                        [
                            new("mail", "Ma messagerie"),
                            new("demarches", "Mes démarches en ligne"),
                            new("photos", "Mes photos"),
                        ],
                    },
                    new FieldDefinition("montant", FieldType.Amount, "Participation proposée")
                    {
                        Help = "En euros, facultatif.",
                        Max = 2000,
                    },
                ]
            ),
        ]);
}
