using Bocage.Kernel.Contracts;

namespace Bocage.Skeleton.Contracts;

/// <summary>
/// An example of the events the Skeleton engine publishes to the others through its outbox
/// (<c>SkeletonDb.Raise</c>, in the same transaction as the change). The stored name, not the CLR
/// name, routes it: rename the record freely, but give a changed shape a new version. Delivery is at
/// least once, so handlers deduplicate on <see cref="ItemId"/>.
/// </summary>
[EventName("skeleton.something-happened", 1)]
public sealed record SomethingHappened(Guid ItemId, DateTime OccurredAtUtc) : IDomainEvent;
