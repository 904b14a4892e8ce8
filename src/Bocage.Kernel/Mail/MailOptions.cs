namespace Bocage.Kernel.Mail;

/// <summary>Bound from the <c>Mail</c> section.</summary>
public sealed class MailOptions
{
    /// <summary>SMTP server; when empty, mails are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c> (required) or <c>Auto</c> (when the server offers it).</summary>
    public string Security { get; set; } = "Auto";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "ne-pas-repondre@sud-avesnois.fr";

    public string FromName { get; set; } = "Communauté de Communes Sud Avesnois";

    /// <summary>Where mails go when no SMTP server is set (development, demo), relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxAttempts { get; set; } = 20;

    public int BatchSize { get; set; } = 50;

    public bool SenderEnabled { get; set; } = true;
}
