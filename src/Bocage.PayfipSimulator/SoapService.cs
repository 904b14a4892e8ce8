using System.Globalization;
using System.Xml.Linq;

namespace Bocage.PayfipSimulator;

/// <summary>
/// PayFiP's PaiementSecuriseService as a SOAP 1.1 endpoint: creerPaiementSecurise returns an idOp,
/// recupererDetailPaiementSecurise the payment's detail, or a FonctionnelleErreur fault (P5 while the
/// payer has not finished, P1 for an unknown idOp).
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
            || cents <= 0
        )
        {
            return Fault("FonctionnelleErreur", "R4", "Montant invalide");
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
            return Fault("FonctionnelleErreur", "P5", "Transaction en cours");
        }
        var done = operation.DoneAtUtc!.Value;
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
                    new XElement("faultstring", label),
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
