namespace Bocage.Web.Pages.Comptes;

/// <summary>Where the passkey form fetches its options and posts the browser's answer.</summary>
public sealed record PasskeyAddForm(string Action, string OptionsAction);
