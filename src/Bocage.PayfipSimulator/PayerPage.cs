using System.Globalization;
using System.Text.Encodings.Web;

namespace Bocage.PayfipSimulator;

/// <summary>The simulator's payer page: no real card, the tester chooses what PayFiP would say.</summary>
internal static class PayerPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(string prefix, SimulatedOperation? operation, SimulatorState state)
    {
        if (operation is null)
        {
            return Layout(
                prefix,
                "Paiement introuvable",
                "<h1>Paiement introuvable</h1><p>Ce numéro d’opération (idOp) n’est pas connu du simulateur.</p>"
            );
        }
        if (operation.Result is not null)
        {
            return Layout(
                prefix,
                "Paiement déjà traité",
                $"<h1>Paiement déjà traité</h1><p>Résultat : {Html.Encode(operation.Result)}.</p>"
                    + $"<p><a href=\"{Html.Encode(ReturnUrl(operation))}\">Retourner sur le site de la collectivité</a></p>"
            );
        }
        if (state.IsExpired(operation))
        {
            return Layout(
                prefix,
                "Délai dépassé",
                "<h1>Délai dépassé</h1><p>Ce paiement n’a pas été terminé dans les 15 minutes : il ne peut plus l’être.</p>"
                    + $"<p><a href=\"{Html.Encode(ReturnUrl(operation))}\">Retourner sur le site de la collectivité</a></p>"
            );
        }
        var cents = long.Parse(operation.Field("montant"), CultureInfo.InvariantCulture);
        var amount = (cents / 100m).ToString("N2", CultureInfo.GetCultureInfo("fr-FR")) + " €";
        var body = $"""
            <h1>Paiement de {Html.Encode(amount)}</h1>
            <p class="notice">Simulateur de PayFiP : aucune carte n’est demandée et aucun argent ne circule.</p>
            <dl>
              <dt>Objet</dt><dd>{Html.Encode(operation.Field("objet"))}</dd>
              <dt>Référence</dt><dd>{Html.Encode(operation.Field("refdet"))}</dd>
              <dt>Client PayFiP (numcli)</dt><dd>{Html.Encode(operation.Field("numcli"))}</dd>
              <dt>Mode</dt><dd>{Html.Encode(operation.Field("saisie"))}</dd>
            </dl>
            <form method="post" action="{Html.Encode(prefix)}/tpa/paiementws.web">
              <input type="hidden" name="idop" value="{Html.Encode(operation.IdOp)}">
              <fieldset>
                <legend>Résultat du paiement</legend>
                {Radio("resultat", "P", "Paiement accepté (P)", true)}
                {Radio("resultat", "R", "Paiement refusé (R)", false)}
                {Radio("resultat", "A", "Paiement abandonné par l’usager (A)", false)}
              </fieldset>
              <fieldset>
                <legend>Notification au site (urlnotif)</legend>
                {Radio("notification", "Once", "Une notification", true)}
                {Radio("notification", "Duplicate", "Notifications en double", false)}
                {Radio("notification", "Delayed", "Notification retardée", false)}
                {Radio("notification", "Never", "Aucune notification (perdue)", false)}
              </fieldset>
              <button type="submit">Valider</button>
            </form>
            """;
        return Layout(prefix, $"Paiement de {amount}", body);
    }

    public static string ReturnUrl(SimulatedOperation operation)
    {
        var redirect = operation.Field("urlredirect");
        return redirect
            + (redirect.Contains('?', StringComparison.Ordinal) ? "&" : "?")
            + "idop="
            + Uri.EscapeDataString(operation.IdOp);
    }

    private static string Radio(string name, string value, string label, bool isChecked)
    {
        var id = $"{name}-{value}".ToLowerInvariant();
        return $"<div class=\"choice\"><input type=\"radio\" id=\"{id}\" name=\"{name}\" value=\"{value}\"{(isChecked ? " checked" : "")}><label for=\"{id}\">{Html.Encode(label)}</label></div>";
    }

    private static string Layout(string prefix, string title, string body) =>
        $"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{Html.Encode(title)} – Simulateur PayFiP</title>
              <link rel="stylesheet" href="{Html.Encode(prefix)}/simulateur.css">
            </head>
            <body>
              <header><p class="brand">PayFiP – simulateur de test</p></header>
              <main id="contenu">{body}</main>
              <footer><p>Simulateur du service de paiement PayFiP de la DGFiP, pour les essais de Bocage.</p></footer>
            </body>
            </html>
            """;

    public const string Css = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1e1e1e;background:#fff;line-height:1.5}
        header,footer{background:#000091;color:#fff;padding:.75rem 1rem}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        .notice{border-left:4px solid #000091;padding:.5rem 1rem;background:#eef}
        fieldset{margin:1rem 0;border:1px solid #666}
        .choice{margin:.25rem 0}
        button{background:#000091;color:#fff;border:0;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer}
        button:focus,input:focus,a:focus{outline:3px solid #0a76f6;outline-offset:2px}
        dt{font-weight:bold}
        a{color:#000091}
        """;
}
