using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Mail;

/// <summary>Runs the sender in the background for the life of the application.</summary>
internal sealed class MailWorker(MailSender sender, IOptions<MailOptions> options, ILogger<MailWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        if (settings.UsesSmtp)
        {
            logger.LogInformation("Mail goes through {Host}:{Port}", settings.Host, settings.Port);
        }
        else
        {
            logger.LogWarning("No Mail:Host configured: mails are written to {Directory}", settings.PickupDirectory);
        }
        using var timer = new PeriodicTimer(settings.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // A full batch means more may be waiting: carry on without waiting for the next tick.
                int handled;
                do
                {
                    handled = await sender.SendDueOnceAsync(stoppingToken);
                } while (handled >= settings.BatchSize);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database hiccup must not stop the worker; the next tick tries again.
                logger.LogError(ex, "Mail sending failed");
            }
        }
    }
}
