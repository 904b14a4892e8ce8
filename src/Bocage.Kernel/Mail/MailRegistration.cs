using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace Bocage.Kernel.Mail;

public static class MailRegistration
{
    /// <summary>The mailer for engines, the sender and its background worker, from the <c>Mail</c> section.</summary>
    public static void AddMail(this IHostApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder
            .Services.AddOptions<MailOptions>()
            .Bind(builder.Configuration.GetSection("Mail"))
            .PostConfigure(o => o.PickupDirectory = Path.GetFullPath(o.PickupDirectory, contentRoot))
            .Validate(
                o =>
                    MailboxAddress.TryParse(o.From, out var from)
                    && from.Address.Contains('@', StringComparison.Ordinal),
                "Mail:From must be an e-mail address"
            )
            .Validate(
                o => o.Port is > 0 and < 65536 && o.BatchSize > 0 && o.MaxAttempts > 0,
                "Mail:Port, Mail:BatchSize and Mail:MaxAttempts must be positive"
            )
            .Validate(
                o =>
                    o.PollInterval > TimeSpan.Zero
                    && o.FirstRetryDelay > TimeSpan.Zero
                    && o.MaxRetryDelay >= o.FirstRetryDelay,
                "Mail:PollInterval and the retry delays must be positive, the first no longer than the maximum"
            )
            .ValidateOnStart();
        builder.Services.AddSingleton<IMailer, Mailer>();
        // Scoped: it reads the recipients' languages from the accounts' context.
        builder.Services.AddScoped<LocalizedMailer>();
        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddHostedService<MailWorker>();
    }
}
