using Bocage.Kernel.Contracts;

namespace Bocage.Bookings.Domain.Notices;

/// <summary>
/// Raised in the transaction that puts a person in a full slot's waiting list: the mail telling them their place
/// in the queue leaves once, and only if they were added.
/// </summary>
[EventName("bookings.waiting-joined", 1)]
internal sealed record WaitingNotice(Guid EntryId) : IDomainEvent;
