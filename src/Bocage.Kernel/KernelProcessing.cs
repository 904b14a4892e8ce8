using Bocage.Kernel.Modules;

namespace Bocage.Kernel;

/// <summary>The kernel's entries in the register of processing activities.</summary>
internal static class KernelProcessing
{
    public static readonly IReadOnlyList<ProcessingActivity> All =
    [
        new(
            "Comptes des usagers",
            "Permettre aux habitants et entreprises d'accéder aux services en ligne et de suivre leurs démarches.",
            "Mission d'intérêt public (art. 6-1-e RGPD) ; consentement pour la création du compte.",
            "Habitants, représentants d'entreprises.",
            "Nom, prénom, adresse électronique, mot de passe chiffré (haché), connexions (date, navigateur).",
            "Agents habilités du service concerné ; aucun transfert hors UE.",
            "Durée de vie du compte ; suppression à la demande de la personne ; connexions terminées supprimées avec le compte.",
            "Mots de passe hachés, verrouillage après 5 essais, limitation du nombre de tentatives, sessions révocables, chiffrement en transit (HTTPS)."
        ),
        new(
            "Comptes des agents et habilitations",
            "Gérer l'accès des agents, élus et partenaires aux données, limité à leur commune ou service.",
            "Obligation légale de sécurité (art. 32 RGPD) ; mission d'intérêt public.",
            "Agents, élus, partenaires.",
            "Identité, adresse professionnelle, rôle, droits accordés, second facteur (clé TOTP).",
            "Administrateurs de la plateforme.",
            "Durée des fonctions, puis suppression.",
            "Double authentification obligatoire, droits par commune et service, journal d'audit."
        ),
        new(
            "Journal d'audit",
            "Tracer les actions des agents et des médiateurs pour garantir l'intégrité et rendre compte aux personnes.",
            "Obligation légale de sécurité (art. 32 RGPD).",
            "Agents, médiateurs, personnes pour le compte desquelles ils agissent.",
            "Identifiant de compte, action, objet, commune, date.",
            "Administrateurs et agents habilités à la lecture du journal, dans leur périmètre.",
            "Conservé sans nom : après suppression d'un compte, l'identifiant ne renvoie plus à une personne.",
            "Ajout seulement, chaînage par empreinte SHA-256 vérifiable."
        ),
        new(
            "Mandats de médiation numérique",
            "Permettre à un médiateur d'accomplir des démarches pour une personne éloignée du numérique, à sa demande.",
            "Consentement de la personne (mandat daté, limité en durée et en démarches, révocable).",
            "Personnes accompagnées, médiateurs numériques.",
            "Identité des deux parties, démarches couvertes, dates de début, de fin et de retrait.",
            "Le médiateur désigné ; la personne elle-même.",
            "Durée du mandat (un jour à un an) ; supprimé avec le compte.",
            "Chaque acte est journalisé au nom du médiateur et de la personne, et montré à celle-ci."
        ),
        new(
            "Fichiers déposés",
            "Recevoir les pièces justificatives des démarches.",
            "Mission d'intérêt public (art. 6-1-e RGPD).",
            "Usagers qui déposent des pièces.",
            "Contenu des pièces, nom du fichier, type, taille, empreinte, date de dépôt.",
            "Agents instruisant la démarche concernée.",
            "Durée de conservation de la démarche à laquelle la pièce est jointe.",
            "Taille limitée, type vérifié sur le contenu, analyse antivirale avant tout enregistrement."
        ),
    ];
}
