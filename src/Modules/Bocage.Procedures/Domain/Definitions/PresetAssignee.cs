using Bocage.Kernel.Audit;

namespace Bocage.Procedures.Domain.Definitions;

/// <summary>
/// How an Assign action names its preset: a service by its organisation slug, an agent by <c>account:{id}</c> so
/// that the two never mix up. On the file itself an agent is stored as the bare account id, as
/// <see cref="Filing.Assignment"/> does, so the inbox filters and names both kinds of assignment alike.
/// </summary>
internal static class PresetAssignee
{
    // The same spelling as the audit log's, so an agent reads the same everywhere.
    public const string AccountPrefix = AuditActor.AccountPrefix;

    public static string OfAccount(string accountId) => AuditActor.Of(accountId);

    /// <summary>The agent's account id when the preset names an agent; null for a service or nothing.</summary>
    public static string? AccountOf(string? assignTo) =>
        assignTo is not null
        && assignTo.StartsWith(AccountPrefix, StringComparison.Ordinal)
        && assignTo.Length > AccountPrefix.Length
            ? assignTo[AccountPrefix.Length..]
            : null;

    /// <summary>
    /// What people read for a preset: the agent's name (<paramref name="gone"/> when <paramref name="agentName"/>
    /// no longer knows them), the service's name when known, else its slug; null for nobody.
    /// </summary>
    public static string? Name(
        string? assignTo,
        Func<string, string?> agentName,
        string gone,
        Func<string, string?>? serviceName = null
    ) =>
        assignTo is null ? null
        : assignTo.StartsWith(AccountPrefix, StringComparison.Ordinal)
            ? (AccountOf(assignTo) is { } id ? agentName(id) : null) ?? gone
        : serviceName?.Invoke(assignTo) ?? assignTo;
}
