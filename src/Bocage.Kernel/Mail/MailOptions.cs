namespace Bocage.Kernel.Mail;

public enum MailStartTls
{
    /// <summary>Plain SMTP, for a relay on the same machine or network.</summary>
    None,

    /// <summary>STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary>STARTTLS or fail: never send in clear.</summary>
    Required,
}

/// <summary>Bound from the <c>Mail</c> section.</summary>
public sealed class MailOptions
{
    /// <summary>SMTP server; when empty, mails are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public MailStartTls UseStartTls { get; set; } = MailStartTls.Auto;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "ne-pas-repondre@bocage.localhost";

    public string FromName { get; set; } = "Communauté de Communes Sud Avesnois";

    /// <summary>Relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs the background sender; tests switch it off and call <see cref="MailSender.SendDueOnceAsync"/>.
    /// </summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 50;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts the mail is marked failed for an administrator.</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>How long a claimed mail is reserved for its sender; longer than any one send can take.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
