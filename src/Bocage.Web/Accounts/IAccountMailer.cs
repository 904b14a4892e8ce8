namespace Bocage.Web.Accounts;

/// <summary>Where account e-mails go: the kernel's mail outbox in the application.</summary>
public interface IAccountMailer
{
    Task SendAsync(
        string to,
        string subject,
        string body,
        string category,
        CancellationToken cancellationToken = default
    );
}
