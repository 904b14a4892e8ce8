namespace Bocage.Kernel.Mail;

public enum MailStatus
{
    Queued,
    Sent,
    Failed,
}
