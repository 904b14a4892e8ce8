using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace Bocage.Payments.Domain.PayFip;

/// <summary>
/// Speaks PayFiP's SOAP 1.1 web service (PaiementSecuriseService) with plain XML over HttpClient, as
/// the DGFiP documents it: the arguments in <c>arg0</c>, the answer in <c>return</c>, errors as SOAP
/// faults whose detail names the error type and carries a <c>code</c>.
/// </summary>
internal sealed class PayFipSoapClient(HttpClient http, IOptions<PayFipOptions> options) : IPayFipClient
{
    public const string HttpClientName = "payfip";

    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Service =
        "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";

    public async Task<string> CreateAsync(PayFipCreate r, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(
            "creerPaiementSecurise",
            cancellationToken,
            new XElement("exer", r.Exer.ToString(CultureInfo.InvariantCulture)),
            new XElement("mel", r.Mel),
            new XElement("montant", r.MontantCents.ToString(CultureInfo.InvariantCulture)),
            new XElement("numcli", r.Numcli),
            new XElement("objet", r.Objet),
            new XElement("refdet", r.Refdet),
            new XElement("saisie", r.Saisie),
            new XElement("urlnotif", r.UrlNotif),
            new XElement("urlredirect", r.UrlRedirect)
        );
        return Field(answer, "idOp") ?? throw new PayFipException("EMPTY", "no idOp");
    }

    public async Task<PayFipDetail?> DetailAsync(string idOp, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await CallAsync(
                "recupererDetailPaiementSecurise",
                cancellationToken,
                new XElement("idOp", idOp)
            );
            return new PayFipDetail(
                Field(answer, "idOp") ?? "",
                Field(answer, "resultrans") ?? "",
                long.TryParse(Field(answer, "montant"), NumberStyles.None, CultureInfo.InvariantCulture, out var cents)
                    ? cents
                    : -1,
                Field(answer, "numcli") ?? "",
                Field(answer, "refdet") ?? "",
                int.TryParse(Field(answer, "exer"), NumberStyles.None, CultureInfo.InvariantCulture, out var exer)
                    ? exer
                    : 0,
                Field(answer, "numauto"),
                Field(answer, "dattrans"),
                Field(answer, "heurtrans")
            );
        }
        catch (PayFipException e) when (e.Code == PayFipException.InProgress)
        {
            return null;
        }
    }

    private async Task<XElement> CallAsync(
        string operation,
        CancellationToken cancellationToken,
        params XElement[] arguments
    )
    {
        var envelope = new XDocument(
            new XElement(
                Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "soapenv", Soap),
                new XAttribute(XNamespace.Xmlns + "pai", Service),
                new XElement(Soap + "Header"),
                new XElement(Soap + "Body", new XElement(Service + operation, new XElement("arg0", arguments)))
            )
        );
        using var content = new StringContent(
            envelope.ToString(SaveOptions.DisableFormatting),
            Encoding.UTF8,
            "text/xml"
        );
        content.Headers.Add("SOAPAction", "\"\"");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var response = await http.PostAsync(options.Value.Endpoint, content, timeout.Token);
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        var document = XDocument.Parse(body);
        var fault = document.Descendants(Soap + "Fault").FirstOrDefault();
        if (fault is not null)
        {
            var code = fault.Descendants().FirstOrDefault(e => e.Name.LocalName == "code")?.Value ?? "FAULT";
            var text = fault.Descendants().FirstOrDefault(e => e.Name.LocalName == "libelle")?.Value
                ?? fault.Element("faultstring")?.Value
                ?? "";
            throw new PayFipException(code, text);
        }
        response.EnsureSuccessStatusCode();
        return document.Descendants().FirstOrDefault(e => e.Name.LocalName == "return")
            ?? throw new PayFipException("EMPTY", $"{operation}: no return element");
    }

    private static string? Field(XElement answer, string name) =>
        answer
            .Elements()
            .FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))
            ?.Value;
}
