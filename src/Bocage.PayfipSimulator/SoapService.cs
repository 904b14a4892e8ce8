using System.Globalization;
using System.Xml.Linq;

namespace Bocage.PayfipSimulator;

/// <summary>
/// PayFiP's PaiementSecuriseService as a SOAP 1.1 endpoint: creerPaiementSecurise returns an idOp,
/// recupererDetailPaiementSecurise the payment's detail (dattrans and heurtrans in Paris time), or a
/// FonctionnelleErreur fault (P5 while the payer has not finished, P1 for an unknown or purged idOp).
/// creerPaiementSecurise applies the guide's rules: amount 1,00 € to 100 000,00 €, objet of ASCII letters,
/// digits and spaces (100 at most), mel of 6 to 80 characters; the R codes of its refusals are the
/// simulator's own (the guide does not list them).
/// </summary>
public sealed class SoapService(SimulatorState state)
{
    private static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Contract =
        "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";

    private static readonly string[] CreateFields =
    [
        "exer",
        "mel",
        "montant",
        "numcli",
        "objet",
        "refdet",
        "saisie",
        "urlnotif",
        "urlredirect",
    ];

    /// <summary>Answers one SOAP request: the HTTP status and the envelope.</summary>
    public (int Status, string Body) Handle(string requestXml)
    {
        XElement? operation;
        try
        {
            operation = XDocument.Parse(requestXml).Descendants(Envelope + "Body").Elements().FirstOrDefault();
        }
        catch (System.Xml.XmlException)
        {
            return Fault("TechProtocolaireErreur", "T1", "Message SOAP illisible");
        }
        var arguments = operation?.Element("arg0")?.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value) ?? [];
        return operation?.Name.LocalName switch
        {
            "creerPaiementSecurise" => Create(arguments),
            "recupererDetailPaiementSecurise" => Detail(arguments.GetValueOrDefault("idOp")),
            _ => Fault("TechProtocolaireErreur", "T2", "Opération inconnue"),
        };
    }

    private (int, string) Create(Dictionary<string, string> arguments)
    {
        var missing = CreateFields.FirstOrDefault(f => string.IsNullOrWhiteSpace(arguments.GetValueOrDefault(f)));
        if (missing is not null)
        {
            return Fault("FonctionnelleErreur", "R3", $"Paramètre {missing} absent");
        }
        if (arguments["numcli"].Length != 6 || !arguments["numcli"].All(char.IsAsciiDigit))
        {
            return Fault("FonctionnelleErreur", "R1", "Numéro de client inconnu");
        }
        if (
            !long.TryParse(arguments["montant"], NumberStyles.None, CultureInfo.InvariantCulture, out var cents)
            || cents is < 100 or > 10_000_000
        )
        {
            return Fault("FonctionnelleErreur", "R4", "Montant invalide");
        }
        if (arguments["objet"].Length > 100 || !arguments["objet"].All(c => char.IsAsciiLetterOrDigit(c) || c == ' '))
        {
            return Fault("FonctionnelleErreur", "R6", "Objet invalide");
        }
        if (arguments["mel"].Length is < 6 or > 80)
        {
            return Fault("FonctionnelleErreur", "R7", "Adresse électronique invalide");
        }
        if (arguments["saisie"] is not ("T" or "X" or "W"))
        {
            return Fault("FonctionnelleErreur", "R5", "Mode de saisie invalide");
        }
        var created = state.Add(arguments);
        return Answer("creerPaiementSecuriseResponse", new XElement("idOp", created.IdOp));
    }

    private (int, string) Detail(string? idOp)
    {
        var operation = state.Find(idOp);
        if (operation is null)
        {
            return Fault("FonctionnelleErreur", "P1", "IdOp incorrect");
        }
        if (operation.Result is null)
        {
            return Fault("FonctionnelleErreur", "P5", "Résultat de la transaction non encore connu");
        }
        var done = SimulatorState.InParis(operation.DoneAtUtc!.Value);
        return Answer(
            "recupererDetailPaiementSecuriseResponse",
            new XElement("dattrans", done.ToString("ddMMyyyy", CultureInfo.InvariantCulture)),
            new XElement("exer", operation.Field("exer")),
            new XElement("heurtrans", done.ToString("HHmm", CultureInfo.InvariantCulture)),
            new XElement("idOp", operation.IdOp),
            new XElement("mel", operation.Field("mel")),
            new XElement("montant", operation.Field("montant")),
            new XElement("numauto", operation.Numauto ?? ""),
            new XElement("numcli", operation.Field("numcli")),
            new XElement("objet", operation.Field("objet")),
            new XElement("refdet", operation.Field("refdet")),
            new XElement("resultrans", operation.Result),
            new XElement("saisie", operation.Field("saisie"))
        );
    }

    private static (int, string) Answer(string name, params XElement[] fields) =>
        (
            200,
            Wrap(
                new XElement(
                    Contract + name,
                    new XAttribute(XNamespace.Xmlns + "ns2", Contract),
                    new XElement("return", fields)
                )
            )
        );

    private static (int, string) Fault(string type, string code, string label) =>
        (
            500,
            Wrap(
                new XElement(
                    Envelope + "Fault",
                    new XElement("faultcode", "S:Server"),
                    // As PayFiP's service (JAX-WS) names it; eopayment reads the fault by this string.
                    new XElement("faultstring", "fr.gouv.finances.cp.tpa.webservice.exceptions." + type),
                    new XElement(
                        "detail",
                        new XElement(
                            Contract + type,
                            new XAttribute(XNamespace.Xmlns + "ns2", Contract),
                            new XElement("code", code),
                            new XElement("descriptif", label),
                            new XElement("libelle", label),
                            new XElement("severite", "2")
                        )
                    )
                )
            )
        );

    private static string Wrap(XElement content) =>
        new XDocument(
            new XElement(
                Envelope + "Envelope",
                new XAttribute(XNamespace.Xmlns + "S", Envelope),
                new XElement(Envelope + "Body", content)
            )
        ).ToString(SaveOptions.DisableFormatting);
}
