using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Mail;

internal static class MailRegistration
{
    public static void AddMail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailOptions>>();
            return string.IsNullOrWhiteSpace(options.Value.Host)
                ? new PickupDirectoryTransport(options, contentRoot)
                : new SmtpMailTransport(options);
        });
        services.AddScoped<MailOutbox>();
        services.AddSingleton<MailDispatcher>();
        services.AddHostedService<MailWorker>();
    }
}

/// <summary>Sends due mails in the background for the life of the application.</summary>
internal sealed class MailWorker(MailDispatcher dispatcher, IOptions<MailOptions> options, ILogger<MailWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await dispatcher.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Mail sending failed");
            }
        }
    }
}
