using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bocage.Kernel.Data;

/// <summary>
/// SQLite gives DateTime back without a kind; every stored time is UTC, so say so on the way in and out.
/// </summary>
internal sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc)
    );
