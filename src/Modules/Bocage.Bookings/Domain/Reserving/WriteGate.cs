using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// Serialises the booking writes of this process on SQLite: between reading the free seats and inserting, a
/// concurrent request would read the same free seat; the unique index would refuse the second insert, but SQLite
/// answers « database is locked » under such contention rather than a clean refusal. SQLite serves one node,
/// so one process-wide gate is enough. PostgreSQL needs none: its exclusion constraint refuses the loser.
/// </summary>
internal sealed class WriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return Released.Instance;
        }
        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class Released : IDisposable
    {
        public static readonly Released Instance = new();

        public void Dispose() { }
    }
}
