using System.Globalization;

namespace Bocage.Kernel.Files;

/// <summary>What a sender reads when a file is refused: what is wrong, then what to do.</summary>
public static class UploadMessages
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string Empty = "Le fichier est vide. Choisissez le bon fichier puis envoyez-le de nouveau.";

    public const string ScanUnavailable =
        "L'analyse antivirus est indisponible : le fichier n'a pas été enregistré, réessayez plus tard.";

    public static string KindNotAllowed(IEnumerable<FileKind> allowed) =>
        $"Ce type de fichier n'est pas accepté ici. Envoyez un fichier dans l'un de ces formats : {Names(allowed)}.";

    public static string TooLarge(long maxBytes) =>
        $"Le fichier dépasse la taille maximale de {Size(maxBytes)}. Réduisez sa taille (par exemple en le compressant) puis envoyez-le de nouveau.";

    public static string ContentMismatch(FileKind kind) =>
        $"Le contenu du fichier ne correspond pas à {FileKinds.Of(kind).FrenchLabel}. Vérifiez que vous avez choisi le bon fichier, ou enregistrez-le de nouveau dans ce format.";

    public static string Infected(string signature) =>
        $"Le fichier contient un virus ({signature}) et a été refusé. Analysez votre appareil avec un antivirus avant d'envoyer un autre fichier.";

    /// <summary>A size as French readers write it: « 10 Mo », « 2,5 Mo », « 500 Ko ».</summary>
    public static string Size(long bytes) =>
        bytes switch
        {
            >= 1024 * 1024 => $"{(bytes / (1024d * 1024)).ToString("0.#", French)} Mo",
            >= 1024 => $"{(bytes / 1024d).ToString("0.#", French)} Ko",
            1 => "1 octet",
            _ => $"{bytes} octets",
        };

    /// <summary>
    /// A size in the reader's language: French units (Ko, Mo, octets) for French, KB and MB with the culture's
    /// decimal mark otherwise (« 2.5 MB », « 2,5 MB »).
    /// </summary>
    public static string Size(long bytes, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "fr"
            ? Size(bytes)
            : bytes switch
            {
                >= 1024 * 1024 => $"{(bytes / (1024d * 1024)).ToString("0.#", culture)} MB",
                >= 1024 => $"{(bytes / 1024d).ToString("0.#", culture)} KB",
                _ => $"{bytes} B",
            };
    }

    private static string Names(IEnumerable<FileKind> allowed)
    {
        var names = allowed.Distinct().Select(k => FileKinds.Of(k).Name).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} ou {names[^1]}";
    }
}
