using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests;

/// <summary>
/// The application with a clock a test may move (reminders, cancellation rules, retention). The reminder job's
/// own timer is slowed down, so that a test runs it when its story says so.
/// </summary>
public sealed class BookingsFactory : BocageFactory
{
    public BookingsFactory(DatabaseProvider provider)
        : base(provider) => With("Bookings:ReminderInterval", "01:00:00");

    public MovableClock Clock { get; } = new();

    /// <summary>The demo's sessions and bookings are seeded around this host's own clock.</summary>
    protected override bool StartsFromTemplate => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // A hundred people sign in for the race tests: hashing their passwords at full cost would take
            // longer than the race itself, and the cost of hashing is not what these tests look at.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        });
    }
}
