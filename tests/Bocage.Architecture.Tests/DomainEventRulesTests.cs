using System.Reflection;
using Bocage.Kernel.Contracts;

namespace Bocage.Architecture.Tests;

public sealed class DomainEventRulesTests
{
    /// <summary>Every domain event of every project under src/, public or internal.</summary>
    private static List<Type> DomainEvents() =>
        Projects
            .All()
            .Select(p => Assembly.Load(Projects.NameOf(p)))
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IDomainEvent)))
            .ToList();

    [Fact]
    public void Every_domain_event_has_a_stable_contract_name_and_no_two_share_one()
    {
        var events = DomainEvents();
        Assert.Contains(events, t => t.Name == "InvoiceSettled");

        var unnamed = events
            .Where(t => t.GetCustomAttribute<EventNameAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(
            unnamed.Count == 0,
            $"Without [EventName] (events are stored under it, never under the CLR name): {string.Join(", ", unnamed)}"
        );
        var shared = events
            .GroupBy(t => t.GetCustomAttribute<EventNameAttribute>()!.Qualified)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToList();
        Assert.True(shared.Count == 0, $"One contract name for several events: {string.Join("; ", shared)}");
    }

    [Fact]
    public void Contract_names_are_lower_case_words_prefixed_by_the_engine()
    {
        Assert.All(DomainEvents(), t =>
            Assert.Matches(@"^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$", t.GetCustomAttribute<EventNameAttribute>()!.Name)
        );
    }
}
