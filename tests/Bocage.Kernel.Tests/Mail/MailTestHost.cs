using Bocage.Kernel.Mail;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bocage.Kernel.Tests.Mail;

/// <summary>
/// The application on a database of its own, with the background sender off (the test drives
/// <see cref="MailSender.SendDueOnceAsync"/>) and a clock the test moves forward.
/// </summary>
internal sealed class MailTestHost : IDisposable
{
    private readonly BocageFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    public MailTestHost(DatabaseProvider provider, params (string Key, string? Value)[] settings)
    {
        // Whole seconds: PostgreSQL keeps microseconds, and the tests compare times read back.
        var now = DateTimeOffset.UtcNow;
        Clock = new FakeTimeProvider(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        _factory = new BocageFactory(provider)
            .With("Database:SeedDemo", "false")
            .With("Outbox:Enabled", "false")
            .With("Mail:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            _factory.With(key, value);
        }
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
    }

    public static MailTestHost Sending(
        DatabaseProvider provider,
        SmtpTestServer smtp,
        params (string Key, string? Value)[] settings
    ) =>
        new(
            provider,
            [
                ("Mail:Host", smtp.Host),
                ("Mail:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Mail:UseStartTls", "none"),
                ("Mail:Timeout", "00:00:10"),
                .. settings,
            ]
        );

    public FakeTimeProvider Clock { get; }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public IServiceProvider Services => _app.Services;

    public IMailer Mailer => Services.GetRequiredService<IMailer>();

    public MailSender Sender => Services.GetRequiredService<MailSender>();

    /// <summary>A sender of its own, as another node would run.</summary>
    public MailSender AnotherSender() => ActivatorUtilities.CreateInstance<MailSender>(Services);

    public async Task<OutgoingMail> MailAsync(long id)
    {
        using var scope = Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Include(m => m.Attachments)
            .SingleAsync(m => m.Id == id);
    }

    public async Task<List<OutgoingMail>> MailsAsync()
    {
        using var scope = Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .OrderBy(m => m.Id)
            .ToListAsync();
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
