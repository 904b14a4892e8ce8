using System.Security.Cryptography;
using System.Text;

namespace Bocage.Kernel.Audit;

/// <summary>
/// One action of an agent (or of a mediator for someone), chained to the previous entry by a hash so
/// that an edited or deleted entry shows.
/// </summary>
public sealed class AuditEntry
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>Who acted: account id or a system name.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>The person a mediator acted for, under a mandate; null otherwise.</summary>
    public string? OnBehalfOf { get; private set; }

    /// <summary>What was done, e.g. <c>procedures.file.accept</c>.</summary>
    public string Action { get; private set; } = "";

    /// <summary>What it was done to, e.g. <c>file:CCSA-2026-000123</c>.</summary>
    public string Target { get; private set; } = "";

    /// <summary>Commune concerned, for scoped reading.</summary>
    public string? CommuneInsee { get; private set; }

    public string Details { get; private set; } = "";

    public string PreviousHash { get; private set; } = GenesisHash;

    public string Hash { get; private set; } = "";

    public AuditEntry(
        DateTime at,
        string actor,
        string? onBehalfOf,
        string action,
        string target,
        string? communeInsee,
        string details
    )
    {
        // PostgreSQL keeps microseconds: hash what the database will give back.
        At = new DateTime(at.Ticks - at.Ticks % 10, DateTimeKind.Utc);
        Actor = actor;
        OnBehalfOf = onBehalfOf;
        Action = action;
        Target = target;
        CommuneInsee = communeInsee;
        Details = details;
    }

    private AuditEntry() { }

    internal void Chain(string previousHash)
    {
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>The hash this entry should carry given its content and its predecessor.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join(
            '\u001f',
            PreviousHash,
            At.ToUniversalTime().ToString("O"),
            Actor,
            OnBehalfOf ?? "",
            Action,
            Target,
            CommuneInsee ?? "",
            Details
        );
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
