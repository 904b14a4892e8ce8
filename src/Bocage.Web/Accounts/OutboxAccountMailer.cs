namespace Bocage.Web.Accounts;

internal sealed class OutboxAccountMailer : IAccountMailer
{
    public Task SendAsync(string to, string subject, string body, string category, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("waiting for the kernel mail outbox");
}
